import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createFigure, createPark, createPolicy, createSource } from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { getPark } from "./get-park.ts";
import { parkPageSize } from "@ig/domain";
import { listParks, listParksPage } from "./list-parks.ts";

let liangjiangId: string;
let tianfuId: string;

beforeAll(async () => {
  await seedDatabase();
  liangjiangId = (await db().area.findUniqueOrThrow({ where: { slug: "liangjiang" } })).id;
  tianfuId = (await db().area.findUniqueOrThrow({ where: { slug: "tianfu" } })).id;
});

describe("listParks", () => {
  it("filters by area and type", async () => {
    const park = await createPark(db(), { areaId: liangjiangId, type: "bonded-zone" });
    const matches = await listParks({ area: "liangjiang", type: "bonded-zone" });
    expect(matches.map((p) => p.slug)).toContain(park.slug);
    expect(matches.every((p) => p.area.slug === "liangjiang" && p.type === "bonded-zone")).toBe(true);
    expect((await listParks({ area: "tianfu" })).map((p) => p.slug)).not.toContain(park.slug);
  });

  it("never lists drafts", async () => {
    const draft = await createPark(db(), { areaId: liangjiangId, status: "draft" });
    expect((await listParks({})).map((p) => p.slug)).not.toContain(draft.slug);
  });
});

describe("listParksPage", () => {
  it("splits the matching parks into pages that together list each exactly once", async () => {
    for (let i = 0; i <= parkPageSize; i++)
      await createPark(db(), { areaId: tianfuId, type: "innovation-zone" });
    const filter = { area: "tianfu", type: "innovation-zone" } as const;
    const first = await listParksPage({ ...filter, page: 1 });
    expect(first.total).toBeGreaterThan(parkPageSize);
    expect(first.items).toHaveLength(parkPageSize);
    expect(first.pageCount).toBe(Math.ceil(first.total / parkPageSize));
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page++) pages.push(await listParksPage({ ...filter, page }));
    const slugs = pages.flatMap((p) => p.items.map((park) => park.slug));
    expect(new Set(slugs).size).toBe(first.total);
    expect(slugs).toHaveLength(first.total);
  });
});

describe("getPark", () => {
  it("returns figures with their source, and only the policies linked to the park", async () => {
    const source = await createSource(db(), { title: { en: "Annual report", zh: "年度报告" } });
    const park = await createPark(db(), { areaId: tianfuId });
    await createFigure(db(), { parkId: park.id, sourceId: source.id, value: 42, unit: "percent" });
    const own = await createPolicy(db(), { parkIds: [park.id] });
    const areaWide = await createPolicy(db(), { areaIds: [tianfuId] });
    const elsewhere = await createPolicy(db(), { areaIds: [liangjiangId] });

    const found = await getPark(park.slug);
    expect(found?.figures).toEqual([
      expect.objectContaining({
        value: 42,
        unit: "percent",
        source: expect.objectContaining({ title: source.title }),
      }),
    ]);
    const policySlugs = found?.policies.map((p) => p.slug);
    expect(policySlugs).toEqual([own.slug]);
    expect(policySlugs).not.toContain(areaWide.slug);
    expect(policySlugs).not.toContain(elsewhere.slug);
  });

  it("does not show a draft park", async () => {
    const draft = await createPark(db(), { areaId: tianfuId, status: "draft" });
    expect(await getPark(draft.slug)).toBeNull();
  });
});
