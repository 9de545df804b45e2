import { db } from "../client.ts";

/** Every staff account, active ones first, for the administrators' user list. */
export async function listStaffUsers() {
  const users = await db().staffUser.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      version: true,
      areas: { select: { slug: true }, orderBy: { slug: "asc" } },
    },
  });
  return users.map(({ areas, ...user }) => ({ ...user, areas: areas.map((a) => a.slug) }));
}
export type StaffUserRow = Awaited<ReturnType<typeof listStaffUsers>>[number];
