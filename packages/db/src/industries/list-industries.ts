import { db } from "../client.ts";
import type { Localized } from "../dto.ts";

/** The published industry taxonomy, for filters and links. */
export async function listIndustries() {
  const rows = await db().industry.findMany({
    where: { status: "published" },
    orderBy: { slug: "asc" },
    select: { slug: true, name: true },
  });
  return rows.map((row) => ({ slug: row.slug, name: row.name as Localized }));
}
export type IndustryLink = Awaited<ReturnType<typeof listIndustries>>[number];
