import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { reindexSearchText, searchRulesFingerprint } from "./reindex-search-text.ts";
import { searchContent } from "./search-content.ts";

beforeAll(() => seedDatabase());

const ftzParks = (q: string) =>
  searchContent({ q, kind: "parks", limit: 50 }).then(
    (results) => results.groups[0]?.hits.map((hit) => hit.slug) ?? [],
  );

describe("reindexSearchText", () => {
  it("rewrites search texts written by older rules, once, without touching versions", async () => {
    // As a deployment before the synonym table: the park's text as the old rules wrote it.
    const slug = "chongqing-pilot-ftz-liangjiang-area";
    const before = await db().park.findUniqueOrThrow({ where: { slug } });
    await db().park.update({
      where: { slug },
      data: {
        searchText: "liangjiang area 中国 重庆 自由 贸易 试验 试验区 两江 片区",
      },
    });
    await db().searchRulesState.upsert({
      where: { id: 1 },
      create: { rules: "older" },
      update: { rules: "older" },
    });
    const staged = await db().park.findUniqueOrThrow({ where: { slug } });
    expect(await ftzParks("自贸区")).not.toContain(slug);

    expect(await reindexSearchText()).toBeGreaterThanOrEqual(1);
    expect(await ftzParks("自贸区")).toContain(slug);
    const after = await db().park.findUniqueOrThrow({ where: { slug } });
    expect(after.searchText).toBe(before.searchText);
    expect([after.version, after.updatedAt]).toEqual([staged.version, staged.updatedAt]);
    expect(await db().searchRulesState.findUniqueOrThrow({ where: { id: 1 } })).toEqual(
      expect.objectContaining({ rules: searchRulesFingerprint }),
    );
    expect(await reindexSearchText()).toBe(0);
  });
});
