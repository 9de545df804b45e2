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
