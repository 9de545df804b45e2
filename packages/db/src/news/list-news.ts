import { db } from "../client.ts";
import { isoDate, sourceSelect, toSourceView, type Localized } from "../dto.ts";

/** One page of published news, newest first, and how many there are in all. */
export async function listNews({ page, pageSize }: { page: number; pageSize: number }) {
  const where = { status: "published" } as const;
  const [total, rows] = await Promise.all([
    db().newsItem.count({ where }),
    db().newsItem.findMany({
      where,
      orderBy: [{ publishedOn: "desc" }, { slug: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { slug: true, title: true, summary: true, publishedOn: true, source: { select: sourceSelect } },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((row) => ({
      slug: row.slug,
      title: row.title as Localized,
      summary: row.summary as Localized,
      publishedOn: isoDate(row.publishedOn)!,
      source: row.source ? toSourceView(row.source) : null,
    })),
  };
}
export type NewsCard = Awaited<ReturnType<typeof listNews>>["items"][number];
