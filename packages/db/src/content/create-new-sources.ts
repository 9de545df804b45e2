import { randomUUID } from "node:crypto";
import type { FieldChanges, TNewSource } from "@ig/domain";
import type { Tx } from "../client.ts";

/**
 * Creates the sources staff typed into a content form ("or enter a new source"), in the save's
 * transaction, and answers their ids by the source field they fill, and the audit changes that
 * record them in the saved record's own entry: `newSource.<field>` from null to the new source
 * (id, key, title, publisher, publishedOn, url). Their key, which only the seed reads, is
 * "staff-<published day>-<random>".
 */
export async function createNewSources(
  tx: Tx,
  sources: Record<string, TNewSource | undefined>,
): Promise<{ ids: Record<string, string>; changes: FieldChanges }> {
  const ids: Record<string, string> = {};
  const changes: FieldChanges = {};
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
    ids[field] = id;
    changes[`newSource.${field}`] = { from: null, to: { id, key: data.key, ...source } };
  }
  return { ids, changes };
}
