import { notFound } from "next/navigation";

/**
 * Every paginated list's answer to a page number past its last page: 404, as for a malformed one
 * (parsePage). Page 1 always exists, also for an empty list, which then says that nothing matches.
 */
export function notFoundPastLastPage(page: number, pageCount: number): void {
  if (page > Math.max(1, pageCount)) notFound();
}
