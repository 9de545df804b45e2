import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getActiveStaffUser } from "@ig/db";
import { authOptions } from "./auth-options";

/**
 * The signed-in staff member, or null: the session token names the user, the database says
 * whether the account is still active (a deactivated user loses access on the next request).
 * Cached per request.
 */
export const getStaffUser = cache(async () => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  return session?.userId ? getActiveStaffUser(session.userId) : null;
});
