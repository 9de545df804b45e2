import { beforeAll, describe, expect, it } from "vitest";
import { parseProjectFilter } from "@ig/domain";
import { db } from "../client.ts";
import { createArea, createIndustry, createPark, createProject } from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { getProject } from "./get-project.ts";
import { listProjects } from "./list-projects.ts";

let liangjiangId: string;

beforeAll(async () => {
  await seedDatabase();
  liangjiangId = (await db().area.findUniqueOrThrow({ where: { slug: "liangjiang" } })).id;
});

describe("listProjects", () => {
  it("filters by park, industry, stage, partner country and CNY amount band together", async () => {
    const industry = await createIndustry(db());
    const park = await createPark(db(), { areaId: liangjiangId });
    const match = await createProject(db(), {
      areaId: liangjiangId,
      parkId: park.id,
      industryIds: [industry.id],
      stage: "signed",
      partnerCountry: "DE",
      amount: 2e9,
      currency: "CNY",
    });
    await createProject(db(), {
      areaId: liangjiangId,
      parkId: park.id,
      industryIds: [industry.id],
      stage: "operating",
    });
    await createProject(db(), {
      areaId: liangjiangId,
      parkId: park.id,
      industryIds: [industry.id],
      stage: "signed",
      amount: 2e9,
      currency: "USD",
    });
    await createProject(db(), {
      areaId: liangjiangId,
      parkId: park.id,
      industryIds: [industry.id],
      stage: "signed",
      amount: 2e10,
      currency: "CNY",
    });

    const filter = parseProjectFilter({
      park: park.slug,
      industry: industry.slug,
      stage: "signed",
      amount: "1b-10b",
    })!;
    const result = await listProjects(filter);
    expect(result.items.map((p) => p.slug)).toEqual([match.slug]);
    expect(result.total).toBe(1);
    expect((await listProjects({ ...filter, country: "FR" })).total).toBe(0);
  });

  it("pages through the results and sorts by amount with undisclosed amounts last", async () => {
    const area = await createArea(db());
    const industry = await createIndustry(db());
    for (let i = 0; i < 14; i++) {
      await createProject(db(), {
        areaId: area.id,
        industryIds: [industry.id],
        amount: i % 3 ? i * 1e8 : null,
        currency: i % 3 ? "CNY" : null,
      });
    }
    const first = await listProjects(parseProjectFilter({ industry: industry.slug, sort: "amount" })!);
    const second = await listProjects(
      parseProjectFilter({ industry: industry.slug, sort: "amount", page: "2" })!,
    );
    expect(first.total).toBe(14);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(12);
    expect(second.items).toHaveLength(2);
    const amounts = [...first.items, ...second.items].map((p) => p.amount);
    expect(amounts.slice(0, 9)).toEqual([13e8, 11e8, 10e8, 8e8, 7e8, 5e8, 4e8, 2e8, 1e8]);
    expect(amounts.slice(9).every((a) => a === null)).toBe(true);
  });

  it("never lists drafts, and does not link a draft park", async () => {
    const draftPark = await createPark(db(), { areaId: liangjiangId, status: "draft" });
    const project = await createProject(db(), { areaId: liangjiangId, parkId: draftPark.id });
    const draft = await createProject(db(), { areaId: liangjiangId, status: "draft" });
    const slugs = (await listProjects(parseProjectFilter({ area: "liangjiang", page: "1" })!)).total;
    expect(slugs).toBeGreaterThan(0);
    expect(await getProject(draft.slug)).toBeNull();
    expect((await getProject(project.slug))?.park).toBeNull();
  });
});
