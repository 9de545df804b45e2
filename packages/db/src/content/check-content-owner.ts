import { canEditAreas, type StaffRole } from "@ig/domain";
import type { Tx } from "../client.ts";
import { ContentLinkError } from "./content-errors.ts";

/**
 * Checks in the save's transaction that `ownerId` (a StaffUser's id, or null for none) may own a
 * record of these areas (slugs): an active account allowed to edit every one of them (an
 * administrator, or an editor of each). Otherwise a ContentLinkError on `ownerId`: an unknown,
 * deactivated or read-only account, or an editor of another area, owns nothing.
 */
export async function checkContentOwner(tx: Tx, ownerId: string | null, areas: readonly string[]) {
  if (ownerId === null) return;
  const owner = await tx.staffUser.findUnique({
    where: { id: ownerId },
    select: { id: true, role: true, active: true, areas: { select: { id: true, slug: true } } },
  });
  if (!owner?.active || !canEditAreas({ ...owner, role: owner.role as StaffRole }, areas))
    throw new ContentLinkError("ownerId", ownerId);
}
