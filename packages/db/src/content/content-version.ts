import { db } from "../client.ts";

/**
 * The content version: a counter PostgreSQL triggers bump inside the transaction of every write
 * of public content (parks, projects, policies, news, figures, industries, images, sources,
 * areas and their links; migration 20261130100000_content_version). It only grows, in commit
 * order, so an instance that saw another number knows its cached public data is stale.
 * Returned as a string (a bigint does not survive JSON).
 */
export async function contentVersion(): Promise<string> {
  const row = await db().contentVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return String(row?.version ?? 0n);
}
