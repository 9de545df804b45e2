import type { Prisma } from "../generated/prisma/client.ts";

/**
 * The enquiries a staff member may see: those linked to one of their areas (an enquiry about
 * both new areas is visible to, and may be handled by, an editor of either). null: every area.
 */
export function enquiryScope(areaIds: readonly string[] | null): Prisma.EnquiryWhereInput {
  return areaIds === null ? {} : { areas: { some: { id: { in: [...areaIds] } } } };
}
