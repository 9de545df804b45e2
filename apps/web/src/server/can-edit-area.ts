import type { StaffUser } from "@ig/db";

/** Whether the staff member may change records of this area (the pages hide the buttons; the actions refuse). */
export function canEditArea(user: StaffUser | null, area: string): boolean {
  if (!user || user.role === "viewer") return false;
  return user.role === "admin" || user.areas.some((a) => a.slug === area);
}
