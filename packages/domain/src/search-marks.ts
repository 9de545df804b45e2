// Highlighting a search's terms in the texts of its hits, as plain pieces of text (the page
// wraps the marked ones in <mark>), so nothing a record holds is ever read as HTML.
import { isHanWord, normalizeSearchText } from "./search-tokens.ts";

export interface TextPiece {
  text: string;
  mark: boolean;
}

/** English words too common to be worth marking when a phrase ("belt and road") contains them. */
const unmarked = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);
/** A word of a script written with spaces: letters, digits and combining marks, but no Han. */
const spacedWord = /(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

/**
 * Two normalised English words are forms of one word, closely enough for display, when they are
 * equal or agree once a common ending is cut ("batteries" and "battery", "bonded" and "bond").
 */
const endings = /(?:ies|es|s|ed|ing|e|y)$/;
function sameWord(a: string, b: string): boolean {
  const stem = (word: string) => word.replace(endings, "");
  return a === b || (stem(a).length >= 3 && stem(a) === stem(b));
}

/**
 * `text` cut into pieces, those to highlight marked. `marks` are normalised words and phrases
 * (SearchResults.marks): a Chinese one is marked wherever it occurs, any other word by word,
 * each word that is a form of one of theirs ("batteries" for "battery").
 */
export function markMatches(text: string, marks: string[]): TextPiece[] {
  const han = marks.filter(isHanWord).sort((a, b) => b.length - a.length);
  const words = new Set(
    marks
      .filter((mark) => !isHanWord(mark))
      .flatMap((mark) => mark.split(" "))
      .filter((word) => word.length > 1 && !unmarked.has(word) && !isHanWord(word)),
  );
  const marked = new Array<boolean>(text.length).fill(false);
  for (const mark of han) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1))
      marked.fill(true, at, at + mark.length);
  }
  for (const match of text.matchAll(spacedWord)) {
    const word = normalizeSearchText(match[0]);
    if ([...words].some((w) => sameWord(w, word)))
      marked.fill(true, match.index, match.index + match[0].length);
  }
  const pieces: TextPiece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces.at(-1);
    if (last && last.mark === marked[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, mark: marked[i]! });
  }
  return pieces;
}
