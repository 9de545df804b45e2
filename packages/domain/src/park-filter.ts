import { z } from "zod";
import { areaSlugs, parkTypes } from "./enums.ts";
import { slugPattern } from "./slug.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";

/**
 * The parks list's filters, read from URL search parameters so that a filtered list is a
 * shareable link. Unknown values are dropped rather than rejected: an old or hand-edited link
 * still shows a list. The page number is read apart (see parsePage).
 */
export const ZParkFilter = z.object({
  area: z.enum(areaSlugs).optional().catch(undefined),
  type: z.enum(parkTypes).optional().catch(undefined),
  industry: z.string().regex(slugPattern).optional().catch(undefined),
});
export type TParkFilter = z.infer<typeof ZParkFilter> & { page: number };
/** Parks per page of the list (and the most the map marks one by one before it groups them). */
export const parkPageSize = 30;

/** The parks list's state, or null when its page number is malformed (the list answers 404). */
export function parseParkFilter(params: SearchParams): TParkFilter | null {
  const page = parsePage(params);
  return page === null ? null : { ...ZParkFilter.parse(firstValues(params)), page };
}
