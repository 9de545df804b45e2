import { canEditAreas, type StaffRole } from "@ig/domain";
import { db } from "../client.ts";

/**
 * Who may own a record of these areas (slugs), for the owner choice of its edit form: active
 * administrators and editors of every area (check-content-owner.ts says the same on save),
 * by name, plus the record's `current` owner whoever they are now, so that showing the form
 * never changes it. Each as { id, name, email }.
 */
export async function listContentOwners({
  areas,
  current,
}: {
  areas: readonly string[];
  current: string | null;
}) {
  const rows = await db().staffUser.findMany({
    where: {
      OR: [{ active: true, role: { in: ["admin", "editor"] } }, ...(current ? [{ id: current }] : [])],
    },
    select: { id: true, name: true, email: true, role: true, areas: { select: { id: true, slug: true } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return rows
    .filter((row) => row.id === current || canEditAreas({ ...row, role: row.role as StaffRole }, areas))
    .map(({ id, name, email }) => ({ id, name, email }));
}
