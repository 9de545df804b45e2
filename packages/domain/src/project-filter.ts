import { z } from "zod";
import { areaSlugs, projectStages } from "./enums.ts";
import { firstValues, type SearchParams } from "./search-params.ts";
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

/** The projects list's state, from URL parameters; unknown values are dropped, not rejected. */
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
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TProjectFilter = z.infer<typeof ZProjectFilter>;

export function parseProjectFilter(params: SearchParams): TProjectFilter {
  return ZProjectFilter.parse(firstValues(params));
}
