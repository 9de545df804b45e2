import { db } from "../client.ts";
import { sourceSelect, toSourceView, type Localized } from "../dto.ts";

/** The newest published news items, for the home page. */
export async function listLatestNews(limit: number) {
  const rows = await db().newsItem.findMany({
    where: { status: "published" },
    orderBy: [{ publishedOn: "desc" }, { slug: "asc" }],
    take: limit,
    select: { slug: true, title: true, summary: true, publishedOn: true, source: { select: sourceSelect } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title as Localized,
    summary: row.summary as Localized,
    publishedOn: row.publishedOn.toISOString().slice(0, 10),
    source: row.source ? toSourceView(row.source) : null,
  }));
}
export type NewsCard = Awaited<ReturnType<typeof listLatestNews>>[number];
