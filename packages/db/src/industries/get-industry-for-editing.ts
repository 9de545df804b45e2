import { db, type Tx } from "../client.ts";
import { appDay, type Localized } from "../dto.ts";

/** An industry as an administrator edits it, in any status, or null. */
export async function getIndustryForEditing(slug: string, tx: Tx = db()) {
  const row = await tx.industry.findUnique({ where: { slug } });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status as "draft" | "published",
    name: row.name as Localized,
    lastVerifiedAt: appDay(row.lastVerifiedAt),
  };
}
export type IndustryForEditing = NonNullable<Awaited<ReturnType<typeof getIndustryForEditing>>>;
