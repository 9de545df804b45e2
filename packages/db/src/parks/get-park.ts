import type { SizeUnit, TransportMode } from "@ig/domain";
import { db, type Tx } from "../client.ts";
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

type ContactColumns = {
  contactName: unknown;
  contactPhone: string | null;
  contactEmail: string | null;
  contactWechat: string | null;
  contactHours: unknown;
};

/** A park's contact (office or person, phone, e-mail, WeChat ID, office hours in China time), or null. */
export function contactOf(row: ContactColumns) {
  const contact = {
    name: (row.contactName as Localized | null) ?? null,
    phone: row.contactPhone,
    email: row.contactEmail,
    wechat: row.contactWechat,
    hours: (row.contactHours as Localized | null) ?? null,
  };
  return Object.values(contact).some((value) => value !== null) ? contact : null;
}

/**
 * One published park with everything its page shows, or null. `draft: true` (the staff preview)
 * finds the park whatever its status; what it links to is still only what is published.
 * `tx`: read inside that transaction (the staff preview of unsaved values, see drafts/).
 */
export async function getPark(slug: string, { draft = false, tx = db() }: { draft?: boolean; tx?: Tx } = {}) {
  const row = await tx.park.findFirst({
    where: draft ? { slug } : { slug, ...published },
    include: {
      area: { select: { slug: true, name: true } },
      source: { select: sourceSelect },
      sizeSource: { select: sourceSelect },
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
  const policies = await tx.policy.findMany({
    where: policiesApplyingTo(row.id),
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
    /** The size as its source states it (km² or ha), with that source. */
    size:
      row.sizeValue !== null
        ? {
            value: row.sizeValue,
            unit: row.sizeUnit as SizeUnit,
            source: row.sizeSource ? toSourceView(row.sizeSource) : null,
          }
        : null,
    transport: (row.transport as { mode: TransportMode; text: Localized; distanceKm?: number | null }[]).map(
      (link) => ({ ...link, distanceKm: link.distanceKm ?? null }),
    ),
    contact: contactOf(row),
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
