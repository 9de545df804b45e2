import { db } from "../client.ts";

/**
 * The staff member behind a session id (from the session cookie), or null when that session
 * was ended (signed out, revoked), has expired, or its account is deactivated: checked against
 * the database on every request, whatever the cookie says. One query (plus Prisma's fetch of
 * the areas); never the password hash.
 */
export async function getSignedInStaffUser(sessionId: string) {
  const user = await db().staffUser.findFirst({
    where: { active: true, sessions: { some: { id: sessionId, expiresAt: { gt: new Date() } } } },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      areas: { select: { id: true, slug: true } },
    },
  });
  if (!user) return null;
  return { ...user, role: user.role as "admin" | "editor" | "viewer" };
}
export type StaffUser = NonNullable<Awaited<ReturnType<typeof getSignedInStaffUser>>>;
