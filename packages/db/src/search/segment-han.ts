// Chinese word segmentation with jieba (PostgreSQL has no Chinese parser). It lives here, not in
// packages/domain, because it is a native module with a 5 MB dictionary: the domain package stays
// dependency-light and browser-safe, and receives the segmenter as a function.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import domainWords from "./data/dictionary.json" with { type: "json" };

/**
 * How often a domain word counts as seen (jieba's dictionary counts ~60 million words): enough
 * for "中欧班列" to beat "中欧" + "班列", far below everyday words so no other cut changes.
 */
const domainWordFrequency = 3000;

let jieba: Jieba | undefined;
// Loading the dictionary takes ~0.3 s: once per process, on first use, not at import. jieba-rs
// reads a user dictionary as "word frequency tag" lines, the format of jieba's own dict.txt.
const instance = () => {
  if (jieba) return jieba;
  jieba = Jieba.withDict(dict);
  const lines = domainWords.map((word) => `${word} ${domainWordFrequency} n`).join("\n");
  jieba.loadDict(Buffer.from(lines, "utf8"));
  return jieba;
};

/**
 * For what is indexed: search mode adds the shorter words inside long ones ("零部件" also gives
 * "部件"), so a query for the shorter word still finds it. No HMM: words outside the dictionary
 * fall apart into single characters, the same way on both sides.
 */
export function segmentForIndex(run: string): string[] {
  return instance().cutForSearch(run, false);
}

/** For what is asked: the precise cut, whose words are always among what segmentForIndex gave. */
export function segmentForQuery(run: string): string[] {
  return instance().cut(run, false);
}
