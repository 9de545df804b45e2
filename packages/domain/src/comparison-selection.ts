// Kept apart from the zod schema of compared-parks.ts: the browser's "add to comparison" control
// needs these, and should not pull zod into every page.

/** More than four columns no longer fit a laptop screen or a printed page side by side. */
export const maxComparedParks = 4;

/** The selection with one more park at the end; unchanged when the park is already in or it is full. */
export function addComparedPark(slugs: readonly string[], slug: string): string[] {
  if (slugs.includes(slug) || slugs.length >= maxComparedParks) return [...slugs];
  return [...slugs, slug];
}
