import type { TPolicyFilter } from "@ig/domain";
import type { TPolicyRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { isoDate, sourceSelect } from "../dto.ts";
import { policyWhere } from "../policies/list-policies.ts";
import {
  commonFields,
  localized,
  localizedOrNull,
  publishedLinks,
  toLink,
  type RecordQuery,
} from "./record-parts.ts";

const where = ({ filter, slug }: RecordQuery) => ({
  AND: [policyWhere(filter as Partial<TPolicyFilter>), slug === undefined ? {} : { slug }],
});

/** How many published policies match (the policies list's filters). */
export const countPolicyRecords = (query: RecordQuery) => db().policy.count({ where: where(query) });

/** Published policies as open-data records, by slug, with the areas, parks and industries they name. */
export async function readPolicyRecords(query: RecordQuery): Promise<TPolicyRecord[]> {
  const rows = await db().policy.findMany({
    where: where(query),
    orderBy: { slug: "asc" },
    skip: query.skip,
    take: query.take,
    include: {
      source: { select: sourceSelect },
      areas: publishedLinks,
      parks: publishedLinks,
      industries: publishedLinks,
    },
  });
  return rows.map((row) => ({
    ...commonFields("policies", row, query.siteUrl),
    category: row.category as TPolicyRecord["category"],
    title: localized(row.title),
    summary: localized(row.summary),
    fullText: localized(row.fullText),
    benefit: localizedOrNull(row.benefit),
    issuer: localized(row.issuer),
    documentNumber: row.documentNumber,
    officialUrl: row.officialUrl,
    effectiveFrom: isoDate(row.effectiveFrom),
    effectiveTo: isoDate(row.effectiveTo),
    areas: row.areas.map(toLink),
    parks: row.parks.map(toLink),
    industries: row.industries.map(toLink),
  }));
}
