/** The pages around `page` of a paginated collection, as absolute URLs of the same query. */
export interface PageLinks {
  self: string;
  first: string;
  last: string;
  prev: string | null;
  next: string | null;
}

/**
 * The links of page `page` of `pageCount` pages of `perPage` records: `url` is the request's
 * absolute URL (its other parameters are kept, `page` is set, and `per_page` when the request
 * left it out: the size a page had by default, e.g. a whole-collection CSV's, is not the size a
 * `page` alone would get). A page past the last has a prev link to the last page.
 */
export function pageLinks(url: URL, page: number, pageCount: number, perPage: number): PageLinks {
  const to = (n: number) => {
    const target = new URL(url);
    target.searchParams.set("page", String(n));
    if (!target.searchParams.get("per_page")) target.searchParams.set("per_page", String(perPage));
    return target.href;
  };
  return {
    self: url.href,
    first: to(1),
    last: to(pageCount),
    prev: page > 1 ? to(Math.min(page - 1, pageCount)) : null,
    next: page < pageCount ? to(page + 1) : null,
  };
}

/** The same links as an RFC 8288 Link header (first, prev, next, last). */
export function linkHeader(links: PageLinks): string {
  return (["first", "prev", "next", "last"] as const)
    .filter((rel) => links[rel] !== null)
    .map((rel) => `<${links[rel]}>; rel="${rel}"`)
    .join(", ");
}
