import type { Prisma } from "../generated/prisma/client.ts";

/**
 * The published policies that apply to a park: those linked to it, one by one, by staff (a policy
 * of the park's area that names other parks does not apply to it). No park: none.
 */
export function policiesApplyingTo(parkId: string | null): Prisma.PolicyWhereInput {
  return { status: "published", parks: { some: { id: parkId ?? "" } } };
}

export const policyLinkSelect = { slug: true, title: true, category: true } as const;

/** How many related records a park or project page lists; each list links to all of them. */
export const relatedLimit = 20;
