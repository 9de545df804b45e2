import { z } from "zod";

/**
 * The longest text any field takes from outside, in UTF-16 code units. The longest text of the
 * source documents is about 2,300 characters; fields set their own, lower limits where they can.
 */
export const maxTextLength = 20_000;

// NUL: PostgreSQL's text and jsonb types refuse it. A surrogate that is not half of a pair (with
// the u flag, \p{Cs} matches only those): not Unicode at all, so it has no UTF-8 form to store.
const unstorable = /[\u0000\p{Cs}]/u;

/** Whether PostgreSQL can store and compare the text as it is. */
export function isCleanText(text: string): boolean {
  return !unstorable.test(text);
}

/**
 * The text with each character PostgreSQL cannot store replaced by U+FFFD (the replacement
 * character, shown as "�"): for search boxes, whose text is compared, never stored, so that
 * "a\u0000b" still searches for something no record has instead of being dropped.
 */
export function withoutUnstorable(text: string): string {
  return text.replace(new RegExp(unstorable, "gu"), "\uFFFD");
}

/**
 * The string schema for every text that comes from outside (forms, URLs, JSON bodies): at most
 * `maxTextLength` characters (error "tooLong") and storable (error "invalid"), so bad text is a
 * 400 naming the field, never a database error. `typeError` is the message when the value is not
 * a string at all. Callers chain their own rules: cleanString().trim().min(1).max(120).
 */
export function cleanString(typeError?: string) {
  return z
    .string(typeError === undefined ? undefined : { error: typeError })
    .max(maxTextLength, { error: "tooLong" })
    .refine(isCleanText, { error: "invalid" });
}
