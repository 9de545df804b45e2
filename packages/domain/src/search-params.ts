/** URL search parameters as Next.js hands them over: a value, a repeated value, or nothing. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter; list pages read one value per filter. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** A list's page number from the URL: anything but a sensible positive integer reads as page 1. */
export function parsePage(params: SearchParams): number {
  const page = Number(firstValues(params).page);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}
