import type { TIndustryRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { commonFields, localized, published, type RecordQuery } from "./record-parts.ts";

const where = ({ slug }: RecordQuery) => ({ ...published, slug });

/** How many published industries there are (or whether `slug` is one). */
export const countIndustryRecords = (query: RecordQuery) => db().industry.count({ where: where(query) });

/** The published industry taxonomy as open-data records, by slug. */
export async function readIndustryRecords(query: RecordQuery): Promise<TIndustryRecord[]> {
  const rows = await db().industry.findMany({
    where: where(query),
    orderBy: { slug: "asc" },
    skip: query.skip,
    take: query.take,
    select: { slug: true, name: true, lastVerifiedAt: true, updatedAt: true },
  });
  return rows.map((row) => ({
    ...commonFields("industries", row, query.siteUrl),
    name: localized(row.name),
  }));
}
