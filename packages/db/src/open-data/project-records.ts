import type { TProjectFilter } from "@ig/domain";
import type { TProjectRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { isoDate, sourceSelect } from "../dto.ts";
import { projectWhere } from "../projects/list-projects.ts";
import {
  commonFields,
  localized,
  localizedOrNull,
  publishedFigures,
  publishedLinks,
  toFigure,
  toLink,
  type RecordQuery,
} from "./record-parts.ts";

const where = ({ filter, slug }: RecordQuery) => ({
  AND: [projectWhere(filter as Partial<TProjectFilter>), slug === undefined ? {} : { slug }],
});

/** How many published projects match (the projects list's filters). */
export const countProjectRecords = (query: RecordQuery) => db().project.count({ where: where(query) });

/** Published projects as open-data records, by slug; a park that is not published is left out. */
export async function readProjectRecords(query: RecordQuery): Promise<TProjectRecord[]> {
  const rows = await db().project.findMany({
    where: where(query),
    orderBy: { slug: "asc" },
    skip: query.skip,
    take: query.take,
    include: {
      area: { select: { slug: true, name: true } },
      park: { select: { slug: true, name: true, status: true } },
      source: { select: sourceSelect },
      industries: publishedLinks,
      figures: publishedFigures,
    },
  });
  return rows.map((row) => ({
    ...commonFields("projects", row, query.siteUrl),
    name: localized(row.name),
    summary: localized(row.summary),
    description: localized(row.description),
    stage: row.stage as TProjectRecord["stage"],
    investor: localizedOrNull(row.investor),
    partnerCountry: row.partnerCountry,
    amount: row.amount,
    currency: row.currency as TProjectRecord["currency"],
    signedOn: isoDate(row.signedOn),
    startedOn: isoDate(row.startedOn),
    completedOn: isoDate(row.completedOn),
    area: toLink(row.area),
    park: row.park?.status === "published" ? toLink(row.park) : null,
    industries: row.industries.map(toLink),
    figures: row.figures.map(toFigure),
  }));
}
