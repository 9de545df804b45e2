// The relevance test set (data/relevance-set.json): queries in both languages, each with a
// record that must be among the first results of its kind, searched on the seed data.
import { beforeAll, describe, expect, it } from "vitest";
import { loadSeedData } from "../seed/load-seed-data.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import relevanceSet from "./data/relevance-set.json" with { type: "json" };
import { searchContent } from "./search-content.ts";
import type { SearchKind } from "@ig/domain";

/** How far down its kind's list the expected record may be. */
const within = 3;
const cases = relevanceSet as { q: string; kind: SearchKind; slug: string }[];

// The test files share one database, and others leave records of their own in it (a park of the
// lithium industry, say): the set is about the seed's corpus, so only seed records are ranked.
const seed = loadSeedData();
const seedSlugs = new Set(
  [seed.parks, seed.projects, seed.policies, seed.news, seed.industries].flat().map((record) => record.slug),
);

beforeAll(() => seedDatabase());

describe("the relevance test set", () => {
  it("has at least 40 queries, in both languages", () => {
    const queries = new Set(cases.map((c) => c.q));
    expect(queries.size).toBeGreaterThanOrEqual(40);
    expect([...queries].filter((q) => /\p{Script=Han}/u.test(q)).length).toBeGreaterThanOrEqual(15);
    expect([...queries].filter((q) => !/\p{Script=Han}/u.test(q)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)(`$q finds $slug among the first ${within} $kind`, async ({ q, kind, slug }) => {
    const results = await searchContent({ q, kind, limit: 50 });
    const hits = results.groups.find((group) => group.kind === kind)?.hits ?? [];
    const seedHits = hits.map((hit) => hit.slug).filter((hit) => seedSlugs.has(hit));
    expect(seedHits.slice(0, within)).toContain(slug);
  });
});
