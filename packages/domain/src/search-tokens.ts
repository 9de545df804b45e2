// The text rules search applies to what is indexed and to what is asked, so both sides agree.
// Pure string rules live here; cutting Chinese into words needs a dictionary-based segmenter
// (jieba, a native module), which the data layer passes in, so this package stays dependency-free.

/** A Chinese word segmenter: one run of Han characters in, its words out. */
export type HanSegmenter = (run: string) => string[];

const hanRun = /\p{Script=Han}+/gu;
const hanWord = /^\p{Script=Han}+$/u;

/** A Chinese word (the segmenter's output), as opposed to a word of a script written with spaces. */
export const isHanWord = (word: string) => hanWord.test(word);

/**
 * NFKC (full-width "ＢＯＮＤＥＤ" and "（Ｂ型）" become "BONDED" and "(B型)"), lower case, accents off
 * Latin letters ("zürich" matches "zurich"), every run of punctuation or symbols one space, and a
 * space around each run of Han characters so Chinese never sticks to a Latin word or a number.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .replace(hanRun, " $& ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a text: other scripts split at spaces, each run of Han characters by the segmenter. */
export function searchTokens(text: string, segmentHan: HanSegmenter): string[] {
  return normalizeSearchText(text)
    .split(" ")
    .flatMap((word) => (isHanWord(word) ? segmentHan(word) : [word]))
    .filter((word) => word.trim() !== "");
}
