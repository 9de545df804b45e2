import type { StaffUser } from "@ig/db";

/**
 * Whether the staff member may change a record of these areas (the pages hide the buttons; the
 * actions refuse, see staffAction's areaOf): admins always; editors only when EVERY area the
 * record is linked to is one of theirs (a policy of both areas is not one area's editor's alone);
 * a record of no area is for admins only. Viewers change nothing.
 */
export function canEditAreas(user: StaffUser | null, areas: string[]): boolean {
  if (!user || user.role === "viewer") return false;
  if (user.role === "admin") return true;
  return areas.length > 0 && areas.every((area) => user.areas.some((a) => a.slug === area));
}

/** canEditAreas for a record of one area (a park, a project, a figure). */
export function canEditArea(user: StaffUser | null, area: string): boolean {
  return canEditAreas(user, [area]);
}
