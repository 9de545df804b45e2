import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { loadSeedData } from "./load-seed-data.ts";
import { seedDatabase } from "./seed-database.ts";

const counts = async () => ({
  areas: await db().area.count(),
  parks: await db().park.count(),
  figures: await db().figure.count(),
  projects: await db().project.count(),
  policies: await db().policy.count(),
  news: await db().newsItem.count(),
  lastUpdate: (await db().park.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
});

describe("seedDatabase", () => {
  beforeAll(() => seedDatabase());

  it("loads every record of prisma/seed-data", async () => {
    const data = loadSeedData();
    const now = await counts();
    expect(now.areas).toBeGreaterThanOrEqual(data.areas.length);
    expect(now.parks).toBeGreaterThanOrEqual(data.parks.length);
    expect(now.figures).toBeGreaterThanOrEqual(data.figures.length);
    expect(now.policies).toBeGreaterThanOrEqual(data.policies.length);
  });

  it("changes nothing when run again", async () => {
    const before = await counts();
    expect(await seedDatabase()).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("gives every seeded figure a source and a period in both languages", async () => {
    const data = loadSeedData();
    const figures = await db().figure.findMany({
      where: { source: { key: { in: data.sources.map((source) => source.key) } } },
    });
    expect(figures).toHaveLength(data.figures.length);
    for (const figure of figures) {
      const period = figure.period as Record<string, string>;
      expect(period.en && period.zh, `period of ${JSON.stringify(figure.label)}`).toBeTruthy();
    }
  });
});

describe("seed data", () => {
  it("names the parks and platforms the source texts describe", () => {
    const names = loadSeedData()
      .parks.map((p) => p.name.en)
      .join("\n");
    for (const expected of [
      /Tianfu Bonded Logistics Cent(er|re)/,
      /Tianfu International Technology Transfer Cent(er|re)/,
      /Western China \(Chengdu\) Science City/,
      /Tianfu International Fund Town/,
      /Guoyuan Bonded Logistics Cent(er|re)/,
      /Lianglu.Cuntan Free Trade Port Area/,
      /Jiangbeizui International Financial Cent(er|re)/,
      /Yuelai International Exhibition/,
      /China.Israel/,
      /China.Germany/,
    ]) {
      expect(names).toMatch(expected);
    }
  });
});
