import { db, type Tx } from "../client.ts";
import {
  appDay,
  figureSelect,
  isoDate,
  sourceSelect,
  toFigureView,
  toSourceView,
  type Localized,
} from "../dto.ts";
import { policiesApplyingTo, policyLinkSelect, relatedLimit } from "../policies/applicable-policies.ts";

const published = { status: "published" } as const;

/**
 * One published project with everything its page shows, or null. `draft: true` (the staff
 * preview only) also finds an unpublished project; what it links to must still be published.
 * `tx`: read inside that transaction (the staff preview of unsaved values, see drafts/).
 */
export async function getProject(
  slug: string,
  { draft = false, tx = db() }: { draft?: boolean; tx?: Tx } = {},
) {
  const row = await tx.project.findFirst({
    where: draft ? { slug } : { slug, ...published },
    include: {
      area: { select: { slug: true, name: true } },
      park: { select: { id: true, slug: true, name: true, status: true } },
      source: { select: sourceSelect },
      industries: { where: published, select: { slug: true, name: true }, orderBy: { slug: "asc" } },
      figures: { where: published, orderBy: { sortOrder: "asc" }, select: figureSelect },
      news: {
        where: published,
        select: { slug: true, title: true, publishedOn: true },
        orderBy: { publishedOn: "desc" },
      },
    },
  });
  if (!row) return null;
  const park = row.park?.status === "published" ? row.park : null;
  const policies = await tx.policy.findMany({
    where: policiesApplyingTo(park?.id ?? null),
    select: policyLinkSelect,
    orderBy: { slug: "asc" },
    take: relatedLimit,
  });
  return {
    slug: row.slug,
    name: row.name as Localized,
    summary: row.summary as Localized,
    description: row.description as Localized,
    investor: (row.investor as Localized | null) ?? null,
    partnerCountry: row.partnerCountry,
    amount: row.amount,
    currency: row.currency as "CNY" | "USD" | null,
    stage: row.stage,
    signedOn: isoDate(row.signedOn),
    startedOn: isoDate(row.startedOn),
    completedOn: isoDate(row.completedOn),
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    area: { slug: row.area.slug, name: row.area.name as Localized },
    park: park ? { slug: park.slug, name: park.name as Localized } : null,
    source: row.source ? toSourceView(row.source) : null,
    industries: row.industries.map((i) => ({ slug: i.slug, name: i.name as Localized })),
    figures: row.figures.map(toFigureView),
    policies: policies.map((p) => ({ slug: p.slug, title: p.title as Localized, category: p.category })),
    news: row.news.map((n) => ({
      slug: n.slug,
      title: n.title as Localized,
      publishedOn: isoDate(n.publishedOn)!,
    })),
  };
}
export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>;
