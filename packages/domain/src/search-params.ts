/** URL search parameters as Next.js hands them over: a value, a repeated value, or nothing. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter; list pages read one value per filter. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** The highest page number a list accepts in its URL. */
export const maxPage = 10_000;

/**
 * A list's page number from the URL: 1 when there is no `page` parameter, the number for a plain
 * positive integer as the list's own links write it ("2"), and null for anything else ("abc",
 * "-1", "0", "02", "1e3", "2.0", beyond `maxPage`, an empty or repeated value). The list answers
 * null, like a page past its last, with 404: a link to a page that does not exist should say so
 * rather than show an empty list with status 200.
 */
export function parsePage(params: SearchParams): number | null {
  const value = params.page;
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9][0-9]{0,4}$/.test(value)) return null;
  const page = Number(value);
  return page <= maxPage ? page : null;
}
