import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";

/**
 * Removes a park's image record, audited, in one transaction; returns its storage key (the caller
 * deletes the bytes afterwards) or null when the park has no such image.
 */
export async function deleteParkImage({ actorId, slug, id }: { actorId: string; slug: string; id: string }) {
  return db().$transaction(async (tx) => {
    const image = await tx.image.findFirst({ where: { id, park: { slug } } });
    if (!image) return null;
    await tx.image.delete({ where: { id } });
    await writeAuditEntry(tx, {
      actorId,
      action: "delete",
      entity: "Image",
      entityId: id,
      changes: {
        park: { from: slug, to: null },
        storageKey: { from: image.storageKey, to: null },
        alt: { from: image.alt, to: null },
      },
    });
    return image.storageKey;
  });
}
