import { randomUUID } from "node:crypto";
import type { TNewSource } from "@ig/domain";
import type { Tx } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";

/**
 * Creates the sources staff typed into a content form ("or enter a new source"), in the save's
 * transaction, each with its own audit entry (action "create", entity "Source", every field as
 * changed from null), and answers their ids by the source field they fill. Their key, which only
 * the seed reads, is "staff-<published day>-<random>".
 */
export async function createNewSources(
  tx: Tx,
  actorId: string,
  sources: Record<string, TNewSource | undefined>,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [field, source] of Object.entries(sources)) {
    if (!source) continue;
    const data = {
      key: `staff-${source.publishedOn}-${randomUUID().slice(0, 8)}`,
      title: source.title,
      publisher: source.publisher ?? undefined,
      publishedOn: new Date(`${source.publishedOn}T00:00:00Z`),
      url: source.url,
    };
    const { id } = await tx.source.create({ data, select: { id: true } });
    const changes = Object.fromEntries(
      Object.entries({ ...source, key: data.key }).map(([name, to]) => [name, { from: null, to }]),
    );
    await writeAuditEntry(tx, { actorId, action: "create", entity: "Source", entityId: id, changes });
    ids[field] = id;
  }
  return ids;
}
