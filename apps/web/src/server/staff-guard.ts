import "server-only";
import { notFound, redirect } from "next/navigation";
import { hasRole, type StaffRole } from "@ig/domain";
import type { StaffUser } from "@ig/db";
import { getStaffUser } from "./session";

/**
 * The staff side's one guard for pages: every staff page, and every generateMetadata that reads a
 * record, calls it FIRST, before it reads a record or its parameters. A layout's check is not
 * enough: Next.js renders a page beside its layout and streams it even when the layout redirects.
 * Anonymous visitors are sent to the login (307, no page data); staff below `role` get the staff
 * 404 (with the staff navigation), the same answer as for a record outside their areas, so a page
 * beyond their role neither bounces them elsewhere without a word nor confirms what it holds.
 * The proxy already turns anonymous requests away; this is the check that counts.
 */
export async function requireStaffPage(role: StaffRole = "viewer"): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) redirect("/admin/login");
  if (!hasRole(user, role)) notFound();
  return user;
}

/**
 * The same guard for staff route handlers that only read (exports): the signed-in staff member
 * with at least `role`, or the JSON response to answer with (401 not signed in, 403 below the role).
 */
export async function requireStaffRequest(
  role: StaffRole = "viewer",
): Promise<{ user: StaffUser; refused?: never } | { user?: never; refused: Response }> {
  const user = await getStaffUser();
  if (!user) return { refused: Response.json({ error: "Sign in first." }, { status: 401 }) };
  if (!hasRole(user, role))
    return { refused: Response.json({ error: "Your role does not allow this." }, { status: 403 }) };
  return { user };
}
