import type { VerifiableKind } from "@ig/domain";
import { saveVersioned } from "../content/save-versioned.ts";
import { recordKindSql } from "./record-kind-sql.ts";

type Row = { id: string; version: number; lastVerifiedAt: Date | null };

/**
 * "Checked against its source today" for any kind of content record: sets lastVerifiedAt to now,
 * from the version the editor saw (a stale version is a conflict), audited as
 * lastVerifiedAt from → to, in one transaction (saveVersioned).
 */
export function markVerified({
  kind,
  id,
  version,
  actorId,
  now = new Date(),
}: {
  kind: VerifiableKind;
  id: string;
  version: number;
  actorId: string;
  now?: Date;
}) {
  const { table, entity } = recordKindSql(kind);
  return saveVersioned({
    entity,
    action: "verify",
    actorId,
    slug: id,
    version,
    load: async (tx) => {
      const [row] = await tx.$queryRawUnsafe<Row[]>(
        `SELECT id, version, "lastVerifiedAt" FROM "${table}" WHERE id = $1`,
        id,
      );
      return row ? { ...row, lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null } : null;
    },
    changes: (current) => ({ lastVerifiedAt: { from: current.lastVerifiedAt, to: now.toISOString() } }),
    write: (tx) =>
      tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "lastVerifiedAt" = $1, version = version + 1, "updatedAt" = now()
         WHERE id = $2 AND version = $3`,
        now,
        id,
        version,
      ),
  });
}
