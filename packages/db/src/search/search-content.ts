import { isHanWord, queryTokens, searchKinds, type AreaSlug, type SearchKind } from "@ig/domain";
import { findAlternatives } from "./find-alternatives.ts";
import { findMatches, hitCap, type Matches, type SearchHit, type Term } from "./find-matches.ts";
import { segmentForQuery } from "./segment-han.ts";

export interface SearchResults {
  /** When no record had all the words as typed: the query whose hits these are ("bonded logistics"). */
  correctedQuery: string | null;
  /** Hits within both facets. */
  total: number;
  /** Hits ignoring the facets, so an empty page can say what relaxing them would show. */
  unfiltered: number;
  facets: Pick<Matches, "kinds" | "areas" | "anyArea">;
  /** Kinds with more hits than a search examines: their counts are lower bounds ("200+"). */
  capped: SearchKind[];
  /** Every kind that has hits within both facets, in a fixed order, with its best `limit` hits. */
  groups: { kind: SearchKind; count: number; hits: SearchHit[] }[];
}

interface SearchOptions {
  q: string;
  kind?: SearchKind;
  area?: AreaSlug;
  /** Hits listed per kind. */
  limit: number;
}

/**
 * A lone Chinese character is matched as the start of longer words ("锂" finds "锂电"). Longer
 * Chinese words need not be: the index holds the shorter words inside long ones (segmentForIndex),
 * and an exact match reads one index entry where a prefix reads every word it begins.
 */
const startsWords = (token: string) => isHanWord(token) && [...token].length === 1;

/**
 * Published parks, projects, policies and news matching a query in English or Chinese, grouped by
 * kind with facet counts. Every word must match, whole (after English stemming) but for a lone
 * Chinese character. Only when that finds nothing are unknown words replaced by the words they
 * begin or closely spell, so a half-typed or misspelt word still finds something and a good query
 * (or a word published since the vocabulary's last refresh) gets no noise.
 */
export async function searchContent(opts: SearchOptions): Promise<SearchResults> {
  const tokens = queryTokens(opts.q, segmentForQuery);
  if (tokens.length === 0) {
    const facets = { kinds: {}, areas: {}, anyArea: 0 };
    return { correctedQuery: null, total: 0, unfiltered: 0, facets, capped: [], groups: [] };
  }
  const asTyped = await findMatches({
    ...opts,
    terms: tokens.map((token) => ({ words: [token], prefix: startsWords(token) })),
  });
  const { matches, correctedQuery } =
    asTyped.unfiltered > 0
      ? { matches: asTyped, correctedQuery: null }
      : await withAlternatives(tokens, opts, asTyped);
  const { top, unfiltered, found, ...facets } = matches;
  // Parks are also found through projects, so a capped project search caps them too.
  const capped = searchKinds.filter(
    (kind) => found[kind] >= hitCap || (kind === "parks" && found.projects >= hitCap),
  );
  const groups = searchKinds
    .filter((kind) => (opts.kind ?? kind) === kind && (facets.kinds[kind] ?? 0) > 0)
    .map((kind) => ({
      kind,
      count: facets.kinds[kind]!,
      hits: top.filter((hit) => hit.kind === kind).map(({ kind: _kind, ...hit }) => hit),
    }));
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return { correctedQuery, total, unfiltered, facets, capped, groups };
}

/** The same search with unknown words replaced by their alternatives, if that finds anything. */
async function withAlternatives(tokens: string[], opts: SearchOptions, asTyped: Matches) {
  const alternatives = await findAlternatives(tokens);
  if (alternatives.size > 0) {
    const terms: Term[] = tokens.map((token) => ({
      words: alternatives.get(token) ?? [token],
      prefix: startsWords(token),
    }));
    const matches = await findMatches({ ...opts, terms });
    if (matches.unfiltered > 0) {
      const correctedQuery = tokens.map((token) => alternatives.get(token)?.[0] ?? token).join(" ");
      return { matches, correctedQuery };
    }
  }
  return { matches: asTyped, correctedQuery: null };
}
