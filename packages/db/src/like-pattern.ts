// Prisma's contains / startsWith / endsWith (and `mode: "insensitive"`) become LIKE / ILIKE with the
// value pasted into the pattern as it is: a "%" or "_" typed into a search box would match anything.

/** The text with LIKE's wildcards (% and _) and its escape character (\, PostgreSQL's default) escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A Prisma filter for "contains this text, any case", with the text taken literally. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: "insensitive" as const };
}
