import { recordKinds, staleBefore, verifiableKinds } from "@ig/domain";
import { db } from "../client.ts";
import { config } from "../config/index.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { enquiryScope } from "../enquiries/enquiry-scope.ts";

export interface GetDashboardStatsOptions {
  /** The reader's areas (their ids); null for someone who reads every area. */
  areaIds: readonly string[] | null;
  /** Countries shown by name; the rest are summed as "other". */
  topCountries?: number;
}

const weeks = 26;
/** Each kind by the path of its staff list ("parks", "figures" …), which the dashboard's labels use. */
const contentTables = Object.fromEntries(
  verifiableKinds.map((kind) => [recordKinds[kind].path, recordKinds[kind].entity]),
);
const contentKinds = Object.keys(contentTables);

/**
 * Enquiries per week for the last 26 weeks, zero-filled by PostgreSQL (generate_series), in the
 * portal's time zone (China time) like the inbox's day filter; weeks start on Monday, given as
 * YYYY-MM-DD.
 */
function enquiriesPerWeek(areaIds: readonly string[] | null) {
  const zone = config().timeZone;
  const scope =
    areaIds === null
      ? Prisma.sql`TRUE`
      : Prisma.sql`EXISTS (SELECT 1 FROM "_AreaToEnquiry" ae WHERE ae."B" = e.id AND ae."A" = ANY(${[...areaIds]}::text[]))`;
  return db().$queryRaw<{ week: string; count: number }[]>`
    WITH this_week AS (SELECT date_trunc('week', now() AT TIME ZONE ${zone}) AS start),
    series AS (
      SELECT generate_series(start - ${`${weeks - 1} weeks`}::interval, start, interval '1 week') AS week
      FROM this_week
    )
    SELECT to_char(s.week, 'YYYY-MM-DD') AS week, count(e.id)::int AS count
    FROM series s
    LEFT JOIN "Enquiry" e
      ON date_trunc('week', e."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${zone}) = s.week
      AND ${scope}
    GROUP BY s.week
    ORDER BY s.week`;
}

/**
 * Content records by kind and status, and how many are stale: never verified, or not for 12
 * months (the same rule as the staleness view: staleBefore). One query over the six content tables.
 */
function contentCounts() {
  const cutoff = staleBefore(new Date(), config().timeZone);
  const parts = Object.entries(contentTables).map(
    ([kind, table]) => Prisma.sql`
      SELECT ${kind} AS kind, status, count(*)::int AS count,
        count(*) FILTER (WHERE "lastVerifiedAt" IS NULL OR "lastVerifiedAt" < ${cutoff})::int AS stale
      FROM ${Prisma.raw(`"${table}"`)} GROUP BY status`,
  );
  return db().$queryRaw<{ kind: string; status: string; count: number; stale: number }[]>(
    Prisma.join(parts, " UNION ALL "),
  );
}

/** The staff dashboard's numbers: enquiries (scoped to the reader's areas) and all content. */
export async function getDashboardStats({ areaIds, topCountries = 10 }: GetDashboardStatsOptions) {
  const where = enquiryScope(areaIds);
  const count = { _count: { _all: true } } as const;
  const [weekly, byStatus, byIndustry, byCountry, contentRows] = await Promise.all([
    enquiriesPerWeek(areaIds),
    db().enquiry.groupBy({ by: ["status"], where, ...count, orderBy: { status: "asc" } }),
    db().enquiry.groupBy({ by: ["industrySlug"], where, ...count, orderBy: { industrySlug: "asc" } }),
    db().enquiry.groupBy({ by: ["country"], where, ...count, orderBy: { country: "asc" } }),
    contentCounts(),
  ]);
  const countries = byCountry
    .map((row) => ({ country: row.country, count: row._count._all }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
  const other = countries.slice(topCountries).reduce((sum, row) => sum + row.count, 0);
  const content = contentKinds.map((kind) => {
    const rows = contentRows.filter((row) => row.kind === kind);
    const of = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
    return {
      kind,
      draft: of("draft"),
      published: of("published"),
      stale: rows.reduce((s, r) => s + r.stale, 0),
    };
  });
  return {
    weekly,
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
    byIndustry: byIndustry
      .map((row) => ({ industry: row.industrySlug, count: row._count._all }))
      .sort((a, b) => b.count - a.count),
    byCountry: [
      ...countries.slice(0, topCountries),
      ...(other > 0 ? [{ country: "other", count: other }] : []),
    ],
    content,
    stale: content.reduce((sum, row) => sum + row.stale, 0),
  };
}
export type DashboardStats = Awaited<ReturnType<typeof getDashboardStats>>;
