import { db, type Tx } from "../client.ts";
import { isoDate, sourceSelect, toSourceView, type Localized } from "../dto.ts";
import { toNewsEventView } from "./news-event-view.ts";

const published = { status: "published" } as const;
const link = { slug: true, name: true } as const;

/**
 * One published news item with the areas, parks and projects it mentions, or null. `draft: true`
 * (the staff preview only) also finds an unpublished one.
 * `tx`: read inside that transaction (the staff preview of unsaved values, see drafts/).
 */
export async function getNewsItem(
  slug: string,
  { draft = false, tx = db() }: { draft?: boolean; tx?: Tx } = {},
) {
  const row = await tx.newsItem.findFirst({
    where: draft ? { slug } : { slug, ...published },
    include: {
      source: { select: sourceSelect },
      areas: { where: published, select: link, orderBy: { slug: "desc" } },
      parks: { where: published, select: link, orderBy: { slug: "asc" } },
      projects: { where: published, select: link, orderBy: { slug: "asc" } },
    },
  });
  if (!row) return null;
  const links = (rows: { slug: string; name: unknown }[]) =>
    rows.map((r) => ({ slug: r.slug, name: r.name as Localized }));
  return {
    slug: row.slug,
    title: row.title as Localized,
    summary: row.summary as Localized,
    body: row.body as Localized,
    publishedOn: isoDate(row.publishedOn)!,
    event: toNewsEventView(row),
    updatedAt: row.updatedAt.toISOString(),
    source: row.source ? toSourceView(row.source) : null,
    areas: links(row.areas),
    parks: links(row.parks),
    projects: links(row.projects),
  };
}
export type NewsDetail = NonNullable<Awaited<ReturnType<typeof getNewsItem>>>;
