import { z } from "zod";
import { areaSlugs, projectStages } from "./enums.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";
import { slugPattern } from "./slug.ts";

/**
 * Amount bands, in CNY. Projects stated in another currency are not converted (the sources give
 * no rate), so a band filter shows CNY amounts only, and the page says so.
 */
export const amountBands = {
  "under-1b": { min: 0, max: 1e9 },
  "1b-10b": { min: 1e9, max: 1e10 },
  "over-10b": { min: 1e10, max: Infinity },
} as const;
export type AmountBand = keyof typeof amountBands;

export const projectSorts = ["newest", "amount"] as const;
export const projectPageSize = 12;

const optionalSlug = z.string().regex(slugPattern).optional().catch(undefined);

/** The projects list's filters, from URL parameters; unknown values are dropped, not rejected. */
export const ZProjectFilter = z.object({
  area: z.enum(areaSlugs).optional().catch(undefined),
  park: optionalSlug,
  industry: optionalSlug,
  stage: z.enum(projectStages).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  amount: z
    .enum(Object.keys(amountBands) as [AmountBand, ...AmountBand[]])
    .optional()
    .catch(undefined),
  sort: z.enum(projectSorts).catch("newest"),
});
export type TProjectFilter = z.infer<typeof ZProjectFilter> & { page: number };

/** The projects list's state, or null when its page number is malformed (the list answers 404). */
export function parseProjectFilter(params: SearchParams): TProjectFilter | null {
  const page = parsePage(params);
  return page === null ? null : { ...ZProjectFilter.parse(firstValues(params)), page };
}
