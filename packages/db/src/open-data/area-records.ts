import type { TAreaRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { sourceSelect } from "../dto.ts";
import {
  commonFields,
  localized,
  published,
  publishedFigures,
  publishedSlugs,
  toFigure,
  toSlugs,
  type RecordQuery,
} from "./record-parts.ts";

const where = ({ slug }: RecordQuery) => ({ ...published, slug });

/** How many published new areas there are (or whether `slug` is one). */
export const countAreaRecords = (query: RecordQuery) => db().area.count({ where: where(query) });

/** The published new areas as open-data records, by slug, with all their figures and the policies naming them. */
export async function readAreaRecords(query: RecordQuery): Promise<TAreaRecord[]> {
  const rows = await db().area.findMany({
    where: where(query),
    orderBy: { slug: "asc" },
    skip: query.skip,
    take: query.take,
    include: { source: { select: sourceSelect }, figures: publishedFigures, policies: publishedSlugs },
  });
  return rows.map((row) => ({
    ...commonFields("areas", row, query.siteUrl),
    slug: row.slug as TAreaRecord["slug"],
    name: localized(row.name),
    summary: localized(row.summary),
    description: localized(row.description),
    figures: row.figures.map(toFigure),
    policySlugs: toSlugs(row.policies),
  }));
}
