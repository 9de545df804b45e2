import type { ProjectStage } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { isoDate, type Localized } from "../dto.ts";

/** A project as staff edit it, in any status, or null. */
export async function getProjectForEditing(slug: string, tx: Tx = db()) {
  const row = await tx.project.findUnique({
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
    stage: row.stage as ProjectStage,
    amount: row.amount,
    currency: row.currency as "CNY" | "USD" | null,
    partnerCountry: row.partnerCountry,
    lastVerifiedAt: isoDate(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type ProjectForEditing = NonNullable<Awaited<ReturnType<typeof getProjectForEditing>>>;
