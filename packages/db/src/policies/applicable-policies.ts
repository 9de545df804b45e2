import type { Prisma } from "../generated/prisma/client.ts";

/** A policy applies to a park when it names the park or the park's whole new area. */
export function policiesApplyingTo(parkId: string | null, areaId: string): Prisma.PolicyWhereInput {
  return {
    status: "published",
    OR: [...(parkId ? [{ parks: { some: { id: parkId } } }] : []), { areas: { some: { id: areaId } } }],
  };
}

export const policyLinkSelect = { slug: true, title: true, category: true } as const;

/** How many related records a park or project page lists; each list links to all of them. */
export const relatedLimit = 20;

/**
 * The same rule as policiesApplyingTo, for policies already read with the ids of their parks and
 * areas: it lets one query serve every park at once (the site-selection assistant ranks them all).
 */
export function policyAppliesTo(
  policy: { parks: { id: string }[]; areas: { id: string }[] },
  park: { id: string; areaId: string },
): boolean {
  return policy.parks.some((p) => p.id === park.id) || policy.areas.some((a) => a.id === park.areaId);
}
