// What is indexed and what is asked, from the same rules, so that both sides always agree.
import type { AreaSlug } from "./enums.ts";
import { maxQueryTokens } from "./search-query.ts";
import { synonymKeysIn, takePhrases, type SynonymGroup } from "./search-synonyms.ts";
import { isHanWord, normalizeSearchText, searchTokens, type HanSegmenter } from "./search-tokens.ts";

/**
 * The language resources search applies, which the data layer provides (a dictionary-based
 * segmenter and a Traditional-to-Simplified converter are too large for this package).
 */
export interface SearchRules {
  /** Traditional Chinese to Simplified ("重慶" to "重庆"); other text unchanged. */
  toSimplified: (text: string) => string;
  /** For what is indexed: also the shorter words inside long ones. */
  segmentForIndex: HanSegmenter;
  /** For what is asked: the precise cut, whose words are among what segmentForIndex gives. */
  segmentForQuery: HanSegmenter;
  synonyms: SynonymGroup[];
}

/**
 * A text's search words, space-separated: its words (Simplified, normalised, Chinese cut into
 * words) followed by the key word of every synonym group it names.
 */
export function indexWords(text: string, rules: SearchRules): string {
  const normal = normalizeSearchText(rules.toSimplified(text));
  const words = searchTokens(normal, rules.segmentForIndex);
  return [...words, ...synonymKeysIn(normal, rules.synonyms)].join(" ");
}

/** One term of a query, which a record matches, fully, or not at all. */
export interface QueryTerm {
  /** The term as understood (normalised, Simplified): what a corrected query is made of. */
  text: string;
  /** A record matches when it has every word of one of these (English words stemmed). */
  any: string[][];
  /** Words also match as the start of longer ones: only a lone Chinese character ("锂" finds "锂电"). */
  prefix: boolean;
  /** A synonym group naming a new area also matches every record of that area. */
  area?: AreaSlug;
  /** Whether the term is a synonym group (so no spelling correction applies to it). */
  known: boolean;
  /** What to highlight in a hit's texts: the words and phrases that made it match. */
  marks: string[];
}

/**
 * A query's terms, in order, at most maxQueryTokens: the synonym groups its phrases name (each
 * matching its key word or any of its terms) and its other words, each once.
 */
export function queryTerms(q: string, rules: SearchRules): QueryTerm[] {
  const normal = normalizeSearchText(rules.toSimplified(q));
  const { found, rest } = takePhrases(normal, rules.synonyms);
  const words = (term: string) => searchTokens(term, rules.segmentForQuery);
  const groups: QueryTerm[] = found.map((group) => ({
    text: group.terms.find((term) => normal.includes(term)) ?? group.key,
    any: [[group.key], ...group.terms.map(words)],
    prefix: false,
    ...(group.area && { area: group.area }),
    known: true,
    marks: [...group.terms, ...group.narrower],
  }));
  const plain: QueryTerm[] = [...new Set(words(rest))].map((word) => ({
    text: word,
    any: [[word]],
    prefix: isHanWord(word) && [...word].length === 1,
    known: false,
    marks: [word],
  }));
  return [...groups, ...plain].slice(0, maxQueryTokens);
}
