import type { SearchKind } from "@ig/domain";
import { searchContent } from "@ig/db";
import { timeCalls } from "./time-calls.ts";

export interface BenchQuery {
  q: string;
  kind?: SearchKind;
  note?: string;
}

/**
 * Queries in both languages: narrow and broad, typos, synonyms, mixed languages and area names,
 * one facet, and one that matches nothing.
 */
export const benchQueries: BenchQuery[] = [
  { q: "lithium" },
  { q: "锂" },
  { q: "bonded" },
  { q: "保税" },
  { q: "bonded logistics" },
  { q: "保税物流中心" },
  { q: "bonded logstics", note: "typo" },
  { q: "lithum", note: "typo" },
  { q: "hydrogen energy" },
  { q: "氢能" },
  { q: "tianfu" },
  { q: "天府" },
  { q: "automobile industrial park" },
  { q: "汽车 产业园" },
  { q: "锂电池", note: "synonyms" },
  { q: "lithium battery", note: "synonyms" },
  { q: "自贸区", note: "synonyms" },
  { q: "保税区 天府", note: "synonym and area" },
  { q: "bonded 两江", note: "mixed languages, area" },
  { q: "重慶", note: "Traditional, area" },
  { q: "bonded", kind: "projects", note: "one kind, 50 hits" },
  { q: "qwxzv", note: "no match, no correction" },
];

/**
 * Server-side latency of searchContent (segmenting, both SQL round trips, loading the cards), as
 * the search page calls it.
 */
export async function measureSearch(queries: BenchQuery[]) {
  const rows = [];
  for (const query of queries) {
    const options = { q: query.q, kind: query.kind, limit: query.kind ? 50 : 5 };
    const { p50, p95, last } = await timeCalls(() => searchContent(options));
    // "+": a lower bound (a kind had more hits than a search examines); "~": the corrected query's.
    const hits = `${last.total}${last.capped.length ? "+" : ""}${last.correctedQuery ? " ~" : ""}`;
    rows.push({ query, hits, p50, p95 });
  }
  return rows;
}
