// The bilingual synonym table's rules (the table itself is data: packages/db/src/search/data).
// A record's search text gets one key word for every group its text names, so a query naming
// the group in either language finds it; a query's phrases are found the same way.
import { z } from "zod";
import { areaSlugs, type AreaSlug } from "./enums.ts";
import { isHanWord, normalizeSearchText } from "./search-tokens.ts";

const hasHan = (term: string) => /\p{Script=Han}/u.test(term);
const hasLatin = (term: string) => /[a-z]/i.test(term);

/**
 * One concept in both languages. `terms` name it (the first Chinese term is its key word in the
 * index); `narrower` name kinds of it ("保税物流中心" is a kind of "保税区"), which find it but
 * are not found by it; `area`: naming the group also matches every record of that new area.
 */
export const ZSynonymGroup = z
  .object({
    terms: z.array(z.string().min(1)).min(2),
    narrower: z.array(z.string().min(1)).default([]),
    area: z.enum(areaSlugs).optional(),
  })
  .refine((group) => group.terms.some(hasHan) && group.terms.some(hasLatin), {
    error: "a group names its concept in Chinese and in English",
  });
export const ZSynonymTable = z.array(ZSynonymGroup);

export interface SynonymGroup {
  /** The word a record naming the group gets in its search text: its first Chinese term. */
  key: string;
  /** Its terms, normalised as search text is (normalizeSearchText). */
  terms: string[];
  narrower: string[];
  area?: AreaSlug;
}

/** The table, validated and normalised once. Throws (ZodError) on a malformed table. */
export function compileSynonyms(raw: unknown): SynonymGroup[] {
  return ZSynonymTable.parse(raw).map((group) => {
    const terms = group.terms.map(normalizeSearchText);
    return {
      key: terms.find(isHanWord) ?? terms.find(hasHan)!.replace(/ /g, ""),
      terms,
      narrower: group.narrower.map(normalizeSearchText),
      ...(group.area && { area: group.area }),
    };
  });
}

/**
 * Where `term` occurs in normalised `text`: a Chinese term anywhere (Chinese has no spaces
 * between words), any other only as whole words ("ai" is not found in "air").
 */
function occurrences(text: string, term: string): number[] {
  const found: number[] = [];
  const whole = !isHanWord(term);
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const end = at + term.length;
    if (!whole || ((at === 0 || text[at - 1] === " ") && (end === text.length || text[end] === " ")))
      found.push(at);
  }
  return found;
}

/** The key words of every group that normalised `text` names or names a kind of, each once. */
export function synonymKeysIn(text: string, groups: SynonymGroup[]): string[] {
  const keys = groups
    .filter((group) => [...group.terms, ...group.narrower].some((term) => occurrences(text, term).length > 0))
    .map((group) => group.key);
  return [...new Set(keys)];
}

/**
 * The groups a normalised query names, longest phrase first and without overlaps, and the
 * query's text left when their phrases are taken out ("bonded 两江" gives the groups of "bonded"
 * and "两江", and nothing left).
 */
export function takePhrases(query: string, groups: SynonymGroup[]): { found: SynonymGroup[]; rest: string } {
  const candidates = groups
    .flatMap((group) => group.terms.map((term) => ({ group, term })))
    .sort((a, b) => b.term.length - a.term.length);
  const taken = new Array<boolean>(query.length).fill(false);
  const found: { group: SynonymGroup; at: number }[] = [];
  for (const { group, term } of candidates) {
    for (const at of occurrences(query, term)) {
      if (taken.slice(at, at + term.length).some(Boolean)) continue;
      taken.fill(true, at, at + term.length);
      if (!found.some((f) => f.group === group)) found.push({ group, at });
    }
  }
  return {
    found: found.sort((a, b) => a.at - b.at).map((f) => f.group),
    rest: query
      .split("")
      .map((char, i) => (taken[i] ? " " : char))
      .join("")
      .replace(/\s+/g, " ")
      .trim(),
  };
}
