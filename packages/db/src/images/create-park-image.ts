import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";

export interface CreateParkImageOptions {
  actorId: string;
  slug: string;
  image: {
    storageKey: string;
    mimeType: string;
    width: number;
    height: number;
    byteSize: number;
    alt: { en: string; zh: string };
  };
}

/** Records an image (its bytes already stored under storageKey) of a park, audited, in one transaction. */
export async function createParkImage({ actorId, slug, image }: CreateParkImageOptions) {
  return db().$transaction(async (tx) => {
    const park = await tx.park.findUnique({ where: { slug }, select: { id: true } });
    if (!park) throw new ContentNotFoundError(slug);
    const row = await tx.image.create({ data: { ...image, parkId: park.id } });
    await writeAuditEntry(tx, {
      actorId,
      action: "create",
      entity: "Image",
      entityId: row.id,
      changes: Object.fromEntries(
        Object.entries({ park: slug, ...image }).map(([field, to]) => [field, { from: null, to }]),
      ),
    });
    return { id: row.id, storageKey: row.storageKey };
  });
}
