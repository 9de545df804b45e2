import { db } from "../client.ts";

/** Every published page with a slug, by route, with its last change: what the sitemap lists. */
export async function listPublishedPaths() {
  const published = { where: { status: "published" }, select: { slug: true, updatedAt: true } } as const;
  const [parks, projects, policies, news, industries] = await Promise.all([
    db().park.findMany(published),
    db().project.findMany(published),
    db().policy.findMany(published),
    db().newsItem.findMany(published),
    db().industry.findMany(published),
  ]);
  const paths = (base: string, rows: { slug: string; updatedAt: Date }[]) =>
    rows.map((row) => ({ path: `/${base}/${row.slug}`, updatedAt: row.updatedAt.toISOString() }));
  return [
    ...paths("parks", parks),
    ...paths("projects", projects),
    ...paths("policies", policies),
    ...paths("news", news),
    ...paths("industries", industries),
  ];
}
