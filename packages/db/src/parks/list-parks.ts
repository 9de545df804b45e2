import type { TParkFilter } from "@ig/domain";
import { db } from "../client.ts";
import { isoDate, toLocation, type Localized } from "../dto.ts";

const parkCardSelect = {
  slug: true,
  type: true,
  name: true,
  summary: true,
  featured: true,
  lastVerifiedAt: true,
  lat: true,
  lng: true,
  locationApproximate: true,
  area: { select: { slug: true, name: true } },
  industries: {
    where: { status: "published" },
    select: { slug: true, name: true },
    orderBy: { slug: "asc" },
  },
} as const;

/** Published parks matching the list's filters; featured parks first. */
export async function listParks(filter: TParkFilter & { featuredOnly?: boolean; limit?: number } = {}) {
  const rows = await db().park.findMany({
    where: {
      status: "published",
      area: filter.area ? { slug: filter.area } : undefined,
      type: filter.type,
      industries: filter.industry ? { some: { slug: filter.industry } } : undefined,
      featured: filter.featuredOnly || undefined,
    },
    orderBy: [{ featured: "desc" }, { slug: "asc" }],
    take: filter.limit,
    select: parkCardSelect,
  });
  return rows.map((row) => ({
    slug: row.slug,
    type: row.type,
    name: row.name as Localized,
    summary: row.summary as Localized,
    featured: row.featured,
    lastVerifiedAt: isoDate(row.lastVerifiedAt),
    location: toLocation(row),
    area: { slug: row.area.slug, name: row.area.name as Localized },
    industries: row.industries.map((i) => ({ slug: i.slug, name: i.name as Localized })),
  }));
}
export type ParkCard = Awaited<ReturnType<typeof listParks>>[number];
