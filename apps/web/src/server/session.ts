import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getSignedInStaffUser, type StaffUser } from "@ig/db";
import { authOptions } from "./auth-options";

/**
 * The signed-in staff member, or null. The session cookie names a session row; one query per
 * request (cached) finds its user, and finds none once that session was signed out, ended by a
 * password reset, a role or area change or deactivation (packages/db create-staff-session.ts
 * says why rows per sign-in), or expired, or once the account is deactivated.
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  const session = (await getServerSession(authOptions)) as { sessionId?: unknown } | null;
  return typeof session?.sessionId === "string" ? getSignedInStaffUser(session.sessionId) : null;
});
