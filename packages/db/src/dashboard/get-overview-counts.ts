import { db } from "../client.ts";

/** Enquiries by status and published content by kind, for the staff overview. */
export async function getOverviewCounts() {
  const published = { where: { status: "published" } } as const;
  const [byStatus, parks, projects, policies, news] = await Promise.all([
    db().enquiry.groupBy({ by: ["status"], _count: { _all: true } }),
    db().park.count(published),
    db().project.count(published),
    db().policy.count(published),
    db().newsItem.count(published),
  ]);
  return {
    enquiries: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<
      string,
      number
    >,
    content: { parks, projects, policies, news },
  };
}
