// Chinese word segmentation with jieba (PostgreSQL has no Chinese parser). It lives here, not in
// packages/domain, because it is a native module with a 5 MB dictionary: the domain package stays
// dependency-light and browser-safe, and receives the segmenter as a function.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | undefined;
// Loading the dictionary takes ~0.3 s: once per process, on first use, not at import.
const instance = () => (jieba ??= Jieba.withDict(dict));

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
