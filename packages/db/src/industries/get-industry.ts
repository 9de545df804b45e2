import { db } from "../client.ts";
import type { Localized } from "../dto.ts";

/** One published industry, or null. Its parks, projects and policies come from the list functions. */
export async function getIndustry(slug: string) {
  const row = await db().industry.findFirst({
    where: { slug, status: "published" },
    select: { slug: true, name: true },
  });
  return row ? { slug: row.slug, name: row.name as Localized } : null;
}
