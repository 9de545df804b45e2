import { db } from "../client.ts";
import type { Localized } from "../dto.ts";

/** A park's images, oldest first, with what an <img> needs. */
export async function listParkImages({ slug }: { slug: string }) {
  const rows = await db().image.findMany({
    where: { park: { slug } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, storageKey: true, width: true, height: true, alt: true },
  });
  return rows.map((row) => ({ ...row, alt: row.alt as Localized }));
}
export type ParkImage = Awaited<ReturnType<typeof listParkImages>>[number];
