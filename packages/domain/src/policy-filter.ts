import { z } from "zod";
import { areaSlugs, policyCategories } from "./enums.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";
import { slugPattern } from "./slug.ts";

const optionalSlug = z.string().regex(slugPattern).optional().catch(undefined);

/** The policies list's filters, from URL parameters; unknown values are dropped, not rejected. */
export const ZPolicyFilter = z.object({
  category: z.enum(policyCategories).optional().catch(undefined),
  area: z.enum(areaSlugs).optional().catch(undefined),
  park: optionalSlug,
  industry: optionalSlug,
  inForce: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});
export type TPolicyFilter = z.infer<typeof ZPolicyFilter> & { page: number };
export const policyPageSize = 20;

/** The policies list's state, or null when its page number is malformed (the list answers 404). */
export function parsePolicyFilter(params: SearchParams): TPolicyFilter | null {
  const page = parsePage(params);
  return page === null ? null : { ...ZPolicyFilter.parse(firstValues(params)), page };
}

export type PolicyValidity = "in-force" | "expired" | "not-yet-in-force";

/**
 * Whether a policy applies on a given day (dates are inclusive calendar days, China time).
 * A policy with no dates stated counts as in force: the sources name them as current measures.
 */
export function policyValidity(
  effectiveFrom: string | null,
  effectiveTo: string | null,
  today: string,
): PolicyValidity {
  if (effectiveFrom && today < effectiveFrom) return "not-yet-in-force";
  if (effectiveTo && today > effectiveTo) return "expired";
  return "in-force";
}
