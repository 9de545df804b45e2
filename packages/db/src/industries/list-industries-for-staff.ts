import { db } from "../client.ts";
import { appDay, type Localized } from "../dto.ts";

/** Every industry in any status, for the staff list, with how many parks and projects use it. */
export async function listIndustriesForStaff() {
  const rows = await db().industry.findMany({
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      name: true,
      status: true,
      lastVerifiedAt: true,
      _count: { select: { parks: true, projects: true } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name as Localized,
    status: row.status as "draft" | "published",
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    parks: row._count.parks,
    projects: row._count.projects,
  }));
}
