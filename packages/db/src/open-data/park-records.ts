import type { TParkFilter, TransportMode } from "@ig/domain";
import type { TParkRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { sourceSelect, toLocation } from "../dto.ts";
import { parkWhere } from "../parks/list-parks.ts";
import {
  commonFields,
  localized,
  localizedOrNull,
  publishedFigures,
  publishedLinks,
  publishedSlugs,
  toFigure,
  toLink,
  toSlugs,
  type RecordQuery,
} from "./record-parts.ts";

const where = ({ filter, slug }: RecordQuery) => ({
  AND: [parkWhere(filter as Partial<TParkFilter>), slug === undefined ? {} : { slug }],
});

/** How many published parks match (the parks list's filters). */
export const countParkRecords = (query: RecordQuery) => db().park.count({ where: where(query) });

/**
 * Published parks as open-data records, by slug. `policySlugs` names the policies that name the
 * park itself; the policies of its whole area (the area record's `policySlugs`) apply as well.
 */
export async function readParkRecords(query: RecordQuery): Promise<TParkRecord[]> {
  const rows = await db().park.findMany({
    where: where(query),
    orderBy: { slug: "asc" },
    skip: query.skip,
    take: query.take,
    include: {
      area: { select: { slug: true, name: true } },
      source: { select: sourceSelect },
      industries: publishedLinks,
      figures: publishedFigures,
      policies: publishedSlugs,
      projects: publishedSlugs,
    },
  });
  return rows.map((row) => ({
    ...commonFields("parks", row, query.siteUrl),
    type: row.type as TParkRecord["type"],
    name: localized(row.name),
    summary: localized(row.summary),
    description: localized(row.description),
    area: toLink(row.area),
    address: localizedOrNull(row.address),
    location: toLocation(row),
    sizeSqKm: row.sizeSqKm,
    transport: (row.transport as { mode: TransportMode; text: unknown }[]).map((link) => ({
      mode: link.mode,
      text: localized(link.text),
    })),
    contact: row.contactName
      ? { name: localized(row.contactName), email: row.contactEmail, phone: row.contactPhone }
      : null,
    industries: row.industries.map(toLink),
    figures: row.figures.map(toFigure),
    policySlugs: toSlugs(row.policies),
    projectSlugs: toSlugs(row.projects),
  }));
}
