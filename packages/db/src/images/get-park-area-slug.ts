import { db } from "../client.ts";

/** The slug of the area a park belongs to (staff permissions follow areas), or null when there is no such park. */
export async function getParkAreaSlug({ slug }: { slug: string }) {
  const park = await db().park.findUnique({ where: { slug }, select: { area: { select: { slug: true } } } });
  return park?.area.slug ?? null;
}
