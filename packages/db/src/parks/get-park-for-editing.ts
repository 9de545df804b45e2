import type { ParkType } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { isoDate, type Localized } from "../dto.ts";

/** A park as staff edit it, in any status, or null. */
export async function getParkForEditing(slug: string, tx: Tx = db()) {
  const row = await tx.park.findUnique({
    where: { slug },
    include: { area: { select: { slug: true, name: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status as "draft" | "published",
    area: { slug: row.area.slug, name: row.area.name as Localized },
    name: row.name as Localized,
    summary: row.summary as Localized,
    description: row.description as Localized,
    type: row.type as ParkType,
    lastVerifiedAt: isoDate(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type ParkForEditing = NonNullable<Awaited<ReturnType<typeof getParkForEditing>>>;
