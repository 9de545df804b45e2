import { beforeAll, describe, expect, it } from "vitest";
import { parseProjectFilter } from "@ig/domain";
import { db } from "../client.ts";
import { countCap } from "../list-total.ts";
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

  it("counts at most the cap from the first pages, says there are more, and pages on past it", async () => {
    // countCap + 13 projects: 85 pages of 12, the last with 5. A fresh area and industry keep them
    // out of the other tests' lists; they are removed at the end.
    const area = await createArea(db());
    const industry = await createIndustry(db());
    const slugs = Array.from({ length: countCap + 13 }, (_, i) => `capped-${industry.slug}-${i}`);
    const text = { en: "Capped", zh: "上限" };
    await db().project.createMany({
      data: slugs.map((slug) => ({
        slug,
        areaId: area.id,
        name: text,
        summary: text,
        description: text,
        stage: "operating",
        status: "published",
      })),
    });
    await db().$executeRaw`
      INSERT INTO "_IndustryToProject" ("A", "B")
      SELECT ${industry.id}, id FROM "Project" WHERE slug = ANY(${slugs})`;
    const page = (n: number) =>
      listProjects(parseProjectFilter({ industry: industry.slug, page: String(n) })!);
    try {
      const first = await page(1);
      expect(first).toMatchObject({ total: countCap, more: true, pageCount: 84 });
      expect(first.items).toHaveLength(12);
      // Page 84 holds the last counted project: it counts on to know that page 85 exists.
      expect(await page(84)).toMatchObject({ total: 84 * 12, more: true, pageCount: 85 });
      const last = await page(85);
      expect(last).toMatchObject({ total: countCap + 13, more: false, pageCount: 85 });
      expect(last.items).toHaveLength(5);
      const seen = new Set([...first.items, ...last.items].map((p) => p.slug));
      expect(seen.size).toBe(17);
    } finally {
      await db().project.deleteMany({ where: { slug: { in: slugs } } });
    }
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
