import { staleBefore, type VerifiableKind } from "@ig/domain";
import { config } from "../config/index.ts";
import { db } from "../client.ts";
import { appDay, type Localized } from "../dto.ts";
import { unionOfKinds } from "./record-kind-sql.ts";

type Row = {
  kind: VerifiableKind;
  id: string;
  slug: string | null;
  name: Localized;
  holder: Localized | null;
  version: number;
  lastVerifiedAt: Date | null;
  areas: string[];
  total: bigint;
};

/**
 * Every content record (any kind, any status) not verified for 12 months (since the start of the
 * same calendar day a year ago, China time: staleBefore) or never, oldest first
 * (never verified before all), at most `limit` of them, with how many there are in all.
 * A figure names what it belongs to (`holder`): "GDP" alone says little.
 * The stale rows are found and sorted on (kind, id, lastVerifiedAt) alone; names and areas are
 * looked up for the listed page only (at 110,000 stale records that is 10× faster).
 */
export async function listStaleContent({
  now = new Date(),
  limit = 500,
}: { now?: Date; limit?: number } = {}) {
  const cutoff = staleBefore(now, config().timeZone);
  const stale = unionOfKinds(
    (kind, spec) => `SELECT '${kind}' AS kind, t.id, t."lastVerifiedAt" FROM "${spec.table}" t
    WHERE t."lastVerifiedAt" IS NULL OR t."lastVerifiedAt" < $1`,
  );
  const details = unionOfKinds(
    (kind, spec) => `SELECT ${spec.hasSlug ? "t.slug" : "NULL"} AS slug, t."${spec.nameField}" AS name, ${
      kind === "figure"
        ? `COALESCE((SELECT name FROM "Park" WHERE id = t."parkId"), (SELECT name FROM "Project" WHERE id = t."projectId"))`
        : "NULL::jsonb"
    } AS holder, t.version, ${spec.areas} AS areas
    FROM "${spec.table}" t WHERE s.kind = '${kind}' AND t.id = s.id`,
  );
  const order = `s."lastVerifiedAt" ASC NULLS FIRST, s.kind, s.id`;
  const rows = await db().$queryRawUnsafe<Row[]>(
    `WITH stale AS (${stale}), page AS (SELECT * FROM stale s ORDER BY ${order} LIMIT $2)
     SELECT s.*, d.*, (SELECT count(*) FROM stale) AS total
     FROM page s CROSS JOIN LATERAL (${details}) d ORDER BY ${order}`,
    cutoff,
    limit,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _total, lastVerifiedAt, ...row }) => ({
      ...row,
      lastVerifiedAt: appDay(lastVerifiedAt),
    })),
  };
}
export type StaleItem = Awaited<ReturnType<typeof listStaleContent>>["items"][number];
