import { compileSynonyms, type SearchRules } from "@ig/domain";
import { Converter } from "opencc-js/t2cn";
import { segmentForIndex, segmentForQuery } from "./segment-han.ts";
import synonymTable from "./data/synonyms.json" with { type: "json" };

let converter: ((text: string) => string) | undefined;
/**
 * From Taiwan's standard with its phrases ("軟體" becomes "软件"), which also converts the
 * Traditional characters of Hong Kong and OpenCC's standard ("重慶", "鋰"). Its tables load on
 * first use, not at import.
 */
const toSimplified = (text: string) => (converter ??= Converter({ from: "twp", to: "cn" }))(text);

/**
 * The rules both sides of search apply (packages/domain/src/search-terms.ts): Simplified
 * Chinese, jieba with the domain dictionary (data/dictionary.json) and the bilingual synonym
 * table (data/synonyms.json). Changing any of them changes what is indexed: the next start
 * rewrites the stored search texts (reindex-search-text.ts, whose fingerprint covers the data
 * files; a change to the code's rules needs its textRulesVersion bumped).
 */
export const searchRules: SearchRules = {
  toSimplified,
  segmentForIndex,
  segmentForQuery,
  synonyms: compileSynonyms(synonymTable),
};
