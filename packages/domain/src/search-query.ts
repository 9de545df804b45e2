import { z } from "zod";
import { cleanString } from "./clean-text.ts";
import { areaSlugs } from "./enums.ts";
import { firstValues, type SearchParams } from "./search-params.ts";
import { searchTokens, type HanSegmenter } from "./search-tokens.ts";

/** What the site-wide search finds; each is also the path of its pages (/{locale}/{kind}/{slug}). */
export const searchKinds = ["parks", "projects", "policies", "news"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const maxQueryLength = 100;
/** More words narrow nothing further but cost an index probe each. */
export const maxQueryTokens = 8;

/**
 * The search page's state, from URL parameters (the query and its facets, so a result list is a
 * link). Unknown facet values are dropped and an over-long query is cut, never rejected.
 */
export const ZSearchQuery = z.object({
  q: cleanString()
    .catch("")
    .transform((q) => q.trim().slice(0, maxQueryLength)),
  kind: z.enum(searchKinds).optional().catch(undefined),
  area: z.enum(areaSlugs).optional().catch(undefined),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export function parseSearchQuery(params: SearchParams): TSearchQuery {
  return ZSearchQuery.parse(firstValues(params));
}

/** The distinct words of a query, in order, at most maxQueryTokens. */
export function queryTokens(q: string, segmentHan: HanSegmenter): string[] {
  return [...new Set(searchTokens(q, segmentHan))].slice(0, maxQueryTokens);
}
