import { z } from "zod";
import { isCleanText, withoutUnstorable } from "./clean-text.ts";
import { areaSlugs } from "./enums.ts";
import { firstValues, type SearchParams } from "./search-params.ts";

/** What the site-wide search finds; each is also the path of its pages (/{locale}/{kind}/{slug}). */
export const searchKinds = ["parks", "projects", "policies", "news"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const maxQueryLength = 100;
/** More terms narrow nothing further but cost an index probe each (see queryTerms). */
export const maxQueryTokens = 8;

/**
 * The search page's state, from URL parameters (the query and its facets, so a result list is a
 * link). Unknown facet values are dropped and an over-long query is cut (at a character, never
 * inside one), never rejected. A query holding what no text can (NUL, a lone surrogate) is
 * `unsearchable`: the page says so and lists nothing, rather than searching part of it.
 */
export const ZSearchQuery = z.object({
  q: z
    .string()
    .catch("")
    .transform((q) => [...q.trim()].slice(0, maxQueryLength).join("")),
  kind: z.enum(searchKinds).optional().catch(undefined),
  area: z.enum(areaSlugs).optional().catch(undefined),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery> & { unsearchable?: true };

export function parseSearchQuery(params: SearchParams): TSearchQuery {
  const query = ZSearchQuery.parse(firstValues(params));
  return isCleanText(query.q) ? query : { ...query, q: withoutUnstorable(query.q), unsearchable: true };
}
