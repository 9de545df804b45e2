import { db, type Tx } from "../client.ts";

/** One staff account as an administrator edits it (no password hash), or null. */
export async function getStaffAccount(id: string, tx: Tx = db()) {
  const user = await tx.staffUser.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      locale: true,
      version: true,
      areas: { select: { slug: true }, orderBy: { slug: "asc" } },
    },
  });
  return user && { ...user, areas: user.areas.map((a) => a.slug) };
}
export type StaffAccount = NonNullable<Awaited<ReturnType<typeof getStaffAccount>>>;
