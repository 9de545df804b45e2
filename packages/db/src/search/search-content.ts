import { queryTerms, searchKinds, type AreaSlug, type QueryTerm, type SearchKind } from "@ig/domain";
import { findAlternatives } from "./find-alternatives.ts";
import { findMatches, hitCap, type Matches, type SearchHit } from "./find-matches.ts";
import { searchRules } from "./search-rules.ts";

export interface SearchResults {
  /** When no record had all the words as typed: the query whose hits these are ("bonded logistics"). */
  correctedQuery: string | null;
  /** No hit has every term: all have some ("lithium qwxzv" lists what has "lithium"). */
  partial: boolean;
  /** Hits within both facets. */
  total: number;
  /** Hits ignoring the facets, so an empty page can say what relaxing them would show. */
  unfiltered: number;
  facets: Pick<Matches, "kinds" | "areas" | "anyArea">;
  /** Kinds with more hits than a search examines: their counts are lower bounds ("200+"). */
  capped: SearchKind[];
  /** Every kind that has hits within both facets, in a fixed order, with its best `limit` hits. */
  groups: { kind: SearchKind; count: number; hits: SearchHit[] }[];
  /**
   * The words and phrases to highlight in the hits' titles and summaries (normalised; see
   * markMatches): the query's, those of the synonym groups it names, and any corrections.
   */
  marks: string[];
}

interface SearchOptions {
  q: string;
  kind?: SearchKind;
  area?: AreaSlug;
  /** Hits listed per kind. */
  limit: number;
}

/**
 * Published parks, projects, policies and news matching a query in English or Chinese
 * (Traditional characters read as Simplified), grouped by kind with facet counts. A query's
 * terms are its words (English stemmed; a lone Chinese character also begins longer words) and
 * the synonym groups its phrases name ("自贸区" finds "pilot free trade zone"). Records with every
 * term come first, then those with most. Only when no record has every term are unknown words
 * replaced by the words they begin or closely spell, so a half-typed or misspelt word still
 * finds something and a good query (or a word published since the vocabulary's last refresh)
 * gets no noise.
 */
export async function searchContent(opts: SearchOptions): Promise<SearchResults> {
  const terms = queryTerms(opts.q, searchRules);
  if (terms.length === 0) {
    const facets = { kinds: {}, areas: {}, anyArea: 0 };
    const none = { total: 0, unfiltered: 0, facets, capped: [], groups: [], marks: [] };
    return { correctedQuery: null, partial: false, ...none };
  }
  const asTyped = await findMatches({ ...opts, terms });
  const { matches, correctedQuery, used } =
    asTyped.complete > 0
      ? { matches: asTyped, correctedQuery: null, used: terms }
      : await withAlternatives(terms, opts, asTyped);
  const { top, unfiltered, found, complete, ...facets } = matches;
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
  const marks = [...new Set(used.flatMap((term) => term.marks))];
  const partial = unfiltered > 0 && complete === 0;
  return { correctedQuery, partial, total, unfiltered, facets, capped, groups, marks };
}

/**
 * The same search with unknown words replaced by their alternatives, if that finds records with
 * every term; otherwise the search as typed (which may still have records with some terms).
 */
async function withAlternatives(terms: QueryTerm[], opts: SearchOptions, asTyped: Matches) {
  const unknown = terms.filter((term) => !term.known).map((term) => term.text);
  const alternatives = await findAlternatives(unknown);
  if (alternatives.size > 0) {
    const replaced = terms.map((term) => {
      const words = alternatives.get(term.text);
      return words && !term.known ? { ...term, any: words.map((word) => [word]), marks: words } : term;
    });
    const matches = await findMatches({ ...opts, terms: replaced });
    if (matches.complete > 0) {
      const correctedQuery = terms.map((term) => alternatives.get(term.text)?.[0] ?? term.text).join(" ");
      return { matches, correctedQuery, used: replaced };
    }
  }
  return { matches: asTyped, correctedQuery: null, used: terms };
}
