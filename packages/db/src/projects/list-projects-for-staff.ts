import { db } from "../client.ts";
import { isoDate, type Localized } from "../dto.ts";

/** Every project in any status, for the staff list: optionally of one area, newest change first. */
export async function listProjectsForStaff({ area }: { area?: string } = {}) {
  const rows = await db().project.findMany({
    where: area ? { area: { slug: area } } : {},
    select: {
      slug: true,
      name: true,
      status: true,
      stage: true,
      lastVerifiedAt: true,
      updatedAt: true,
      area: { select: { slug: true, name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name as Localized,
    status: row.status as "draft" | "published",
    stage: row.stage,
    lastVerifiedAt: isoDate(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    area: { slug: row.area.slug, name: row.area.name as Localized },
  }));
}
