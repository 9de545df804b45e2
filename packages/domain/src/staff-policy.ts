import type { StaffRole } from "./enums.ts";

/**
 * Who may do what on the staff side: the one place the role and area rules are written. Pages,
 * actions, route handlers and the data layer's staff read functions all ask here.
 *
 * Roles: administrators act on everything and alone manage accounts, the audit log and the shared
 * industry taxonomy; editors change the records of the new areas assigned to them; viewers read.
 */

/** What the rules need to know of a signed-in staff member (the session's user). */
export interface StaffViewer {
  id: string;
  role: StaffRole;
  /** The new areas assigned to them (ids and slugs). */
  areas: readonly { id: string; slug: string }[];
}

const rank: Record<StaffRole, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether the staff member's role is `role` or above (viewer < editor < admin). */
export function hasRole(viewer: StaffViewer, role: StaffRole): boolean {
  return rank[viewer.role] >= rank[role];
}

/**
 * Whether the staff member may change a record linked to these areas (by slug): admins always;
 * editors only when EVERY area the record is linked to is one of theirs (a policy of both areas is
 * not one area's editor's alone), so a record of no area is for admins only. Viewers change nothing.
 */
export function canEditAreas(viewer: StaffViewer | null, areaSlugs: readonly (string | null)[]): boolean {
  if (!viewer || !hasRole(viewer, "editor")) return false;
  if (viewer.role === "admin") return true;
  return areaSlugs.length > 0 && areaSlugs.every((slug) => viewer.areas.some((area) => area.slug === slug));
}

/**
 * Whether the staff member may preview unsaved values of a record linked to these areas: viewers
 * (read-only, they change nothing) and those who may change it (canEditAreas). An editor of other
 * areas may not: what they type into another area's record is theirs neither to save nor to stage.
 */
export function canPreviewAreas(viewer: StaffViewer | null, areaSlugs: readonly (string | null)[]): boolean {
  return viewer?.role === "viewer" || canEditAreas(viewer, areaSlugs);
}

/**
 * The areas (ids) whose enquiries and enquiry e-mails a staff member reads; null: every area.
 * Editors read the areas they edit. Administrators read everything; so does a viewer given no
 * area (a read-only observer of both new areas), while a viewer given areas reads only those.
 */
export function readableEnquiryAreaIds(viewer: StaffViewer): string[] | null {
  if (viewer.role === "admin") return null;
  if (viewer.role === "viewer" && viewer.areas.length === 0) return null;
  return viewer.areas.map((area) => area.id);
}

/**
 * The area an editor acts for on an enquiry concerning these areas (slugs): an enquiry about both
 * new areas may be handled by an editor of either, so one of theirs if any, else the first (which
 * canEditAreas then refuses). An enquiry of no area yields [], for admins only.
 */
export function enquiryAreaFor(viewer: StaffViewer, areaSlugs: readonly string[]): string[] {
  const mine = areaSlugs.find((slug) => viewer.areas.some((area) => area.slug === slug));
  return mine ? [mine] : areaSlugs.slice(0, 1);
}

/** A staff read or write refused by these rules: 401 not signed in, 403 not allowed. */
export class StaffAccessError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in first." : "Your role does not allow this.");
    this.name = "StaffAccessError";
  }
}

/**
 * For the data layer's staff read functions: returns normally when `viewer` is a signed-in staff
 * member with at least `role`; throws StaffAccessError (401 without a viewer, 403 below the role).
 */
export function assertStaffRole(viewer: StaffViewer | null | undefined, role: StaffRole): asserts viewer {
  if (!viewer) throw new StaffAccessError(401);
  if (!hasRole(viewer, role)) throw new StaffAccessError(403);
}
