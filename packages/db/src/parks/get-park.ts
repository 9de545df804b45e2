import type { TransportMode } from "@ig/domain";
import { db } from "../client.ts";
import { policiesApplyingTo, policyLinkSelect, relatedLimit } from "../policies/applicable-policies.ts";
import {
  appDay,
  figureSelect,
  sourceSelect,
  toFigureView,
  toLocation,
  toSourceView,
  type Localized,
} from "../dto.ts";

const published = { status: "published" } as const;

/**
 * One published park with everything its page shows, or null. `draft: true` (the staff preview)
 * finds the park whatever its status; what it links to is still only what is published.
 */
export async function getPark(slug: string, { draft = false }: { draft?: boolean } = {}) {
  const row = await db().park.findFirst({
    where: draft ? { slug } : { slug, ...published },
    include: {
      area: { select: { slug: true, name: true } },
      source: { select: sourceSelect },
      industries: { where: published, select: { slug: true, name: true }, orderBy: { slug: "asc" } },
      figures: { where: published, orderBy: { sortOrder: "asc" }, select: figureSelect },
      projects: {
        where: published,
        select: { slug: true, name: true, stage: true },
        orderBy: { slug: "asc" },
        take: relatedLimit,
      },
    },
  });
  if (!row) return null;
  const policies = await db().policy.findMany({
    where: policiesApplyingTo(row.id, row.areaId),
    select: policyLinkSelect,
    orderBy: { slug: "asc" },
    take: relatedLimit,
  });
  return {
    slug: row.slug,
    type: row.type,
    name: row.name as Localized,
    summary: row.summary as Localized,
    description: row.description as Localized,
    address: (row.address as Localized | null) ?? null,
    location: toLocation(row),
    sizeSqKm: row.sizeSqKm,
    transport: row.transport as { mode: TransportMode; text: Localized }[],
    contact: row.contactName
      ? { name: row.contactName as Localized, email: row.contactEmail, phone: row.contactPhone }
      : null,
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    area: { slug: row.area.slug, name: row.area.name as Localized },
    source: row.source ? toSourceView(row.source) : null,
    industries: row.industries.map((i) => ({ slug: i.slug, name: i.name as Localized })),
    figures: row.figures.map(toFigureView),
    projects: row.projects.map((p) => ({ slug: p.slug, name: p.name as Localized, stage: p.stage })),
    policies: policies.map((p) => ({ slug: p.slug, title: p.title as Localized, category: p.category })),
  };
}
export type ParkDetail = NonNullable<Awaited<ReturnType<typeof getPark>>>;
