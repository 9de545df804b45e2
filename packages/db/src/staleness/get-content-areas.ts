import type { VerifiableKind } from "@ig/domain";
import { db } from "../client.ts";
import { contentTables } from "./verifiable-tables.ts";

/** The area slugs of one content record (none for industries), or null when there is no such record. */
export async function getContentAreas({ kind, id }: { kind: VerifiableKind; id: string }) {
  const { table, areas } = contentTables[kind];
  const [row] = await db().$queryRawUnsafe<{ areas: string[] }[]>(
    `SELECT ${areas} AS areas FROM "${table}" t WHERE t.id = $1`,
    id,
  );
  return row ? row.areas : null;
}
