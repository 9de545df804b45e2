import { db } from "../client.ts";

/** The new areas an enquiry concerns (for the staff area check); null when there is no such enquiry. */
export async function getEnquiryAreaSlugs({ reference }: { reference: string }) {
  const row = await db().enquiry.findUnique({
    where: { reference },
    select: { areas: { select: { slug: true }, orderBy: { slug: "asc" } } },
  });
  return row ? row.areas.map((a) => a.slug) : null;
}
