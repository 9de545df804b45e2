import { z } from "zod";
import { areaSlugs, parkTypes } from "./enums.ts";

/**
 * The parks list's filters, read from URL search parameters so that a filtered list is a
 * shareable link. Unknown values are dropped rather than rejected: an old or hand-edited link
 * still shows a list.
 */
export const ZParkFilter = z.object({
  area: z.enum(areaSlugs).optional().catch(undefined),
  type: z.enum(parkTypes).optional().catch(undefined),
});
export type TParkFilter = z.infer<typeof ZParkFilter>;

export function parseParkFilter(params: Record<string, string | string[] | undefined>): TParkFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZParkFilter.parse({ area: first(params.area), type: first(params.type) });
}
