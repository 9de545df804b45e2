import { z } from "zod";
import { areaSlugs, parkTypes } from "./enums.ts";
import { slugPattern } from "./slug.ts";
import { firstValues, type SearchParams } from "./search-params.ts";

/**
 * The parks list's filters, read from URL search parameters so that a filtered list is a
 * shareable link. Unknown values are dropped rather than rejected: an old or hand-edited link
 * still shows a list.
 */
export const ZParkFilter = z.object({
  area: z.enum(areaSlugs).optional().catch(undefined),
  type: z.enum(parkTypes).optional().catch(undefined),
  industry: z.string().regex(slugPattern).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TParkFilter = z.infer<typeof ZParkFilter>;
/** Parks per page of the list (the map shows every park that matches). */
export const parkPageSize = 30;

export function parseParkFilter(params: SearchParams): TParkFilter {
  return ZParkFilter.parse(firstValues(params));
}
