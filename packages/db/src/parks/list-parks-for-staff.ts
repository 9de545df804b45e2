import { db } from "../client.ts";
import { isoDate, type Localized } from "../dto.ts";

/** Every park in any status, for the staff list: optionally of one area, newest change first. */
export async function listParksForStaff({ area }: { area?: string } = {}) {
  const rows = await db().park.findMany({
    where: area ? { area: { slug: area } } : {},
    select: {
      slug: true,
      name: true,
      status: true,
      type: true,
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
    type: row.type,
    lastVerifiedAt: isoDate(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    area: { slug: row.area.slug, name: row.area.name as Localized },
  }));
}
