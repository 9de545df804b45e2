// A paged list's total without counting every match. Counting is linear in the matches: at 100×
// volume the projects list counted 95,000 rows for its heading on every request (BENCHMARKS.md,
// "Search and list latency"), while the page itself is read through a sort index in under a
// millisecond. So a list counts at most `countCap` matches, or as far as the page asked for
// reaches, plus one to know whether there are more.

/** The most matches a list counts from its first page: beyond it the total reads "more than 1,000". */
export const countCap = 1_000;

/**
 * The `take` of a list's count query for a page (1-based) of `pageSize` rows: the cap, or the end
 * of that page if it lies beyond the cap, plus one row that says whether more follow.
 */
export function countLimit(page: number, pageSize: number): number {
  return Math.max(countCap, page * pageSize) + 1;
}

/**
 * The `orderBy` of a list's count query. Prisma orders a count with `take` by id when told
 * nothing, so PostgreSQL sorted every match (11,200 projects of one area and stage took longer
 * than counting them all); every list's filter fixes the status, so ordering by it costs nothing
 * and the matches are read from whichever index is cheapest.
 */
export const countOrder = { status: "asc" } as const;

/** The total a list shows and the pages it links to. */
export interface ListTotal {
  /** Matches counted: every match, or, when `more`, a number that more than this many match. */
  total: number;
  /** There are more than `total` matches (the list says "more than 1,000 projects"). */
  more: boolean;
  /** Pages that exist: every one, or when `more` the pages up to the one after the last counted row. */
  pageCount: number;
}

/** The total and page count of a count query run with `take: limit` (see countLimit). */
export function listTotal(counted: number, limit: number, pageSize: number): ListTotal {
  const more = counted >= limit;
  return {
    total: more ? limit - 1 : counted,
    more,
    pageCount: Math.max(1, Math.ceil(counted / pageSize)),
  };
}
