import { db } from "../client.ts";

/**
 * The new areas of the enquiry an e-mail belongs to (for the staff area check): [] for a message
 * of no enquiry, null when there is no such e-mail.
 */
export async function getOutboxEmailAreaSlugs({ id }: { id: string }) {
  const row = await db().outboxEmail.findUnique({
    where: { id },
    select: { enquiry: { select: { areas: { select: { slug: true }, orderBy: { slug: "asc" } } } } },
  });
  return row ? (row.enquiry?.areas.map((a) => a.slug) ?? []) : null;
}
