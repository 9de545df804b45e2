import { beforeAll, describe, expect, it } from "vitest";
import { dayIn, parsePolicyFilter } from "@ig/domain";
import { db } from "../client.ts";
import { createIndustry, createPark, createPolicy } from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { getPolicy } from "./get-policy.ts";
import { listPolicies } from "./list-policies.ts";

const day = (offset: number) =>
  new Date(Date.parse(dayIn(new Date(), "Asia/Shanghai")) + offset * 86_400_000);
let tianfuId: string;

beforeAll(async () => {
  await seedDatabase();
  tianfuId = (await db().area.findUniqueOrThrow({ where: { slug: "tianfu" } })).id;
});

describe("listPolicies", () => {
  it("keeps only policies in force today when asked", async () => {
    const industry = await createIndustry(db());
    const current = await createPolicy(db(), {
      industryIds: [industry.id],
      effectiveFrom: day(-10),
      effectiveTo: day(10),
    });
    const open = await createPolicy(db(), { industryIds: [industry.id] });
    await createPolicy(db(), { industryIds: [industry.id], effectiveTo: day(-1) });
    await createPolicy(db(), { industryIds: [industry.id], effectiveFrom: day(1) });

    const all = (await listPolicies(parsePolicyFilter({ industry: industry.slug })!)).items;
    const inForce = (await listPolicies(parsePolicyFilter({ industry: industry.slug, inForce: "1" })!)).items;
    expect(all).toHaveLength(4);
    expect(inForce.map((p) => p.slug).sort()).toEqual([current.slug, open.slug].sort());
  });

  it("finds only the policies linked to a park with the park filter", async () => {
    const park = await createPark(db(), { areaId: tianfuId });
    const own = await createPolicy(db(), { parkIds: [park.id], category: "tax" });
    const areaWide = await createPolicy(db(), { areaIds: [tianfuId], category: "tax" });
    const found = (await listPolicies(parsePolicyFilter({ park: park.slug, category: "tax" })!)).items.map(
      (p) => p.slug,
    );
    expect(found).toContain(own.slug);
    expect(found).not.toContain(areaWide.slug);
    expect(
      (await listPolicies(parsePolicyFilter({ park: park.slug, category: "land" })!)).items.map(
        (p) => p.slug,
      ),
    ).not.toContain(own.slug);
  });

  it("never shows drafts, in the list or alone", async () => {
    const draft = await createPolicy(db(), { status: "draft" });
    expect((await listPolicies(parsePolicyFilter({})!)).items.map((p) => p.slug)).not.toContain(draft.slug);
    expect(await getPolicy(draft.slug)).toBeNull();
  });
});
