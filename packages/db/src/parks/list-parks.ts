import { parkPageSize, type TParkFilter } from "@ig/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../client.ts";
import { appDay, toLocation, type Localized } from "../dto.ts";

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

type Filter = Partial<TParkFilter> & { featuredOnly?: boolean };
/** The parks list's filters as a query (the open-data API filters the same way). */
export const parkWhere = (filter: Filter): Prisma.ParkWhereInput => ({
  status: "published",
  area: filter.area ? { slug: filter.area } : undefined,
  type: filter.type,
  industries: filter.industry ? { some: { slug: filter.industry } } : undefined,
  featured: filter.featuredOnly || undefined,
});
const orderBy: Prisma.ParkOrderByWithRelationInput[] = [{ featured: "desc" }, { slug: "asc" }];

/** The published parks matching the filters, or the first `limit` (the home page's featured parks); featured first. */
export async function listParks(filter: Filter & { limit?: number } = {}) {
  const rows = await db().park.findMany({
    where: parkWhere(filter),
    orderBy,
    take: filter.limit,
    select: parkCardSelect,
  });
  return rows.map(toParkCard);
}

/** One page of the parks list, and how many parks match in all. */
export async function listParksPage(filter: TParkFilter) {
  const where = parkWhere(filter);
  const [total, rows] = await Promise.all([
    db().park.count({ where }),
    db().park.findMany({
      where,
      orderBy,
      skip: (filter.page - 1) * parkPageSize,
      take: parkPageSize,
      select: parkCardSelect,
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / parkPageSize)),
    items: rows.map(toParkCard),
  };
}

function toParkCard(row: Prisma.ParkGetPayload<{ select: typeof parkCardSelect }>) {
  return {
    slug: row.slug,
    type: row.type,
    name: row.name as Localized,
    summary: row.summary as Localized,
    featured: row.featured,
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    location: toLocation(row),
    area: { slug: row.area.slug, name: row.area.name as Localized },
    industries: row.industries.map((i) => ({ slug: i.slug, name: i.name as Localized })),
  };
}
export type ParkCard = ReturnType<typeof toParkCard>;
