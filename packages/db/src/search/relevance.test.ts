// The relevance test set (data/relevance-set.json): queries in both languages, each with a
// record that must be among the first results of its kind, searched on the seed data.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../seed/seed-database.ts";
import relevanceSet from "./data/relevance-set.json" with { type: "json" };
import { searchContent } from "./search-content.ts";
import type { SearchKind } from "@ig/domain";

/** How far down its kind's list the expected record may be. */
const within = 3;
const cases = relevanceSet as { q: string; kind: SearchKind; slug: string }[];

beforeAll(() => seedDatabase());

describe("the relevance test set", () => {
  it("has at least 40 queries, in both languages", () => {
    const queries = new Set(cases.map((c) => c.q));
    expect(queries.size).toBeGreaterThanOrEqual(40);
    expect([...queries].filter((q) => /\p{Script=Han}/u.test(q)).length).toBeGreaterThanOrEqual(15);
    expect([...queries].filter((q) => !/\p{Script=Han}/u.test(q)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)(`$q finds $slug among the first ${within} $kind`, async ({ q, kind, slug }) => {
    const results = await searchContent({ q, kind, limit: within });
    const hits = results.groups.find((group) => group.kind === kind)?.hits ?? [];
    expect(hits.map((hit) => hit.slug)).toContain(slug);
  });
});
