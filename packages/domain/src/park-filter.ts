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
});
export type TParkFilter = z.infer<typeof ZParkFilter>;

export function parseParkFilter(params: SearchParams): TParkFilter {
  return ZParkFilter.parse(firstValues(params));
}
