import type { VerifiableKind } from "@ig/domain";
import { db } from "../client.ts";
import { recordKindSql } from "./record-kind-sql.ts";

/** The area slugs of one content record (none for industries), or null when there is no such record. */
export async function getContentAreas({ kind, id }: { kind: VerifiableKind; id: string }) {
  const { table, areas } = recordKindSql(kind);
  const [row] = await db().$queryRawUnsafe<{ areas: string[] }[]>(
    `SELECT ${areas} AS areas FROM "${table}" t WHERE t.id = $1`,
    id,
  );
  return row ? row.areas : null;
}
