import { db } from "../client.ts";

/**
 * Who may be given enquiries of these areas: active administrators, and active editors of one
 * of the areas (viewers change nothing, so they are never assigned). null: every editor.
 */
export function listEnquiryAssignees({ areaIds }: { areaIds: readonly string[] | null }) {
  return db().staffUser.findMany({
    where: {
      active: true,
      OR: [
        { role: "admin" },
        { role: "editor", ...(areaIds === null ? {} : { areas: { some: { id: { in: [...areaIds] } } } }) },
      ],
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
