import { db } from "../client.ts";

/** The audit entities whose changes public pages show. */
const publicEntities = ["Park", "Project", "Policy", "NewsItem", "Figure", "Industry", "Image"];

/**
 * When public content last changed, on any app instance: every staff write of a content record
 * leaves an audit entry in the same transaction, so the newest one dates the latest change (a
 * delete included, which no record's updatedAt could show). Read through the createdAt index.
 */
export async function latestContentChange(): Promise<Date | null> {
  const [row] = await db().$queryRaw<{ createdAt: Date }[]>`
    SELECT "createdAt" FROM "AuditEntry" WHERE "entity" = ANY(${publicEntities}::text[])
    ORDER BY "createdAt" DESC LIMIT 1`;
  return row?.createdAt ?? null;
}
