import { db } from "../client.ts";

/**
 * The staff member behind a session, checked against the database on every request: a
 * deactivated account loses access at once, whatever its token says.
 */
export async function getActiveStaffUser(id: string) {
  const user = await db().staffUser.findFirst({
    where: { id, active: true },
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
export type StaffUser = NonNullable<Awaited<ReturnType<typeof getActiveStaffUser>>>;
