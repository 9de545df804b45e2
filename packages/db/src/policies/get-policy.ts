import { db, type Tx } from "../client.ts";
import { appDay, isoDate, sourceSelect, toSourceView, type Localized } from "../dto.ts";

const published = { status: "published" } as const;
const link = { slug: true, name: true } as const;

/**
 * One published policy with everything its page shows, or null. `draft: true` (the staff preview
 * only) also finds an unpublished one; what it links to must still be published.
 * `tx`: read inside that transaction (the staff preview of unsaved values, see drafts/).
 */
export async function getPolicy(
  slug: string,
  { draft = false, tx = db() }: { draft?: boolean; tx?: Tx } = {},
) {
  const row = await tx.policy.findFirst({
    where: draft ? { slug } : { slug, ...published },
    include: {
      source: { select: sourceSelect },
      areas: { where: published, select: link, orderBy: { slug: "desc" } },
      parks: { where: published, select: link, orderBy: { slug: "asc" } },
      industries: { where: published, select: link, orderBy: { slug: "asc" } },
    },
  });
  if (!row) return null;
  const links = (rows: { slug: string; name: unknown }[]) =>
    rows.map((r) => ({ slug: r.slug, name: r.name as Localized }));
  return {
    slug: row.slug,
    category: row.category,
    title: row.title as Localized,
    summary: row.summary as Localized,
    fullText: row.fullText as Localized,
    benefit: (row.benefit as Localized | null) ?? null,
    issuer: row.issuer as Localized,
    documentNumber: row.documentNumber,
    officialUrl: row.officialUrl,
    effectiveFrom: isoDate(row.effectiveFrom),
    effectiveTo: isoDate(row.effectiveTo),
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    source: row.source ? toSourceView(row.source) : null,
    areas: links(row.areas),
    parks: links(row.parks),
    industries: links(row.industries),
  };
}
export type PolicyDetail = NonNullable<Awaited<ReturnType<typeof getPolicy>>>;
