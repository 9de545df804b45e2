import { z } from "zod";
import { ZSlug } from "./record-keys.ts";
import { firstValues, type SearchParams } from "./search-params.ts";

const optionalSlug = ZSlug.optional().catch(undefined);

/**
 * The filters of the staff lists (content of a kind, figures), from URL search parameters: the
 * slugs of an area, a park, a project. Like the public lists', a value that is no slug is dropped.
 */
export const ZStaffListFilter = z.object({ area: optionalSlug, park: optionalSlug, project: optionalSlug });
export type TStaffListFilter = z.infer<typeof ZStaffListFilter>;

export function parseStaffListFilter(params: SearchParams): TStaffListFilter {
  return ZStaffListFilter.parse(firstValues(params));
}
