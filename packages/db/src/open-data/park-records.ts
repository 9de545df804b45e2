import type { SizeUnit, TParkFilter, TransportMode } from "@ig/domain";
import type { TParkRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { sourceSelect, toLocation } from "../dto.ts";
import { contactOf } from "../parks/get-park.ts";
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
  toSource,
  type RecordQuery,
} from "./record-parts.ts";

const where = ({ filter, slug }: RecordQuery) => ({
  AND: [parkWhere(filter as Partial<TParkFilter>), slug === undefined ? {} : { slug }],
});

/** How many published parks match (the parks list's filters). */
export const countParkRecords = (query: RecordQuery) => db().park.count({ where: where(query) });

/** The park page's contact (get-park.ts) with both languages of its texts spelled out. */
function contactRecord(row: Parameters<typeof contactOf>[0]) {
  const contact = contactOf(row);
  return (
    contact && { ...contact, name: localizedOrNull(contact.name), hours: localizedOrNull(contact.hours) }
  );
}

/** Published parks as open-data records, by slug; `policySlugs`: the policies linked to the park. */
export async function readParkRecords(query: RecordQuery): Promise<TParkRecord[]> {
  const rows = await db().park.findMany({
    where: where(query),
    orderBy: { slug: "asc" },
    skip: query.skip,
    take: query.take,
    include: {
      area: { select: { slug: true, name: true } },
      source: { select: sourceSelect },
      sizeSource: { select: sourceSelect },
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
    size:
      row.sizeValue !== null
        ? {
            value: row.sizeValue,
            unit: row.sizeUnit as SizeUnit,
            source: row.sizeSource ? toSource(row.sizeSource) : null,
          }
        : null,
    transport: (row.transport as { mode: TransportMode; text: unknown; distanceKm?: number | null }[]).map(
      (link) => ({ mode: link.mode, text: localized(link.text), distanceKm: link.distanceKm ?? null }),
    ),
    contact: contactRecord(row),
    industries: row.industries.map(toLink),
    figures: row.figures.map(toFigure),
    policySlugs: toSlugs(row.policies),
    projectSlugs: toSlugs(row.projects),
  }));
}
