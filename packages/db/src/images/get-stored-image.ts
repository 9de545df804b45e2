import { db } from "../client.ts";

/** The recorded type and size of the image stored under a key, or null: only recorded images are served. */
export function getStoredImage({ storageKey }: { storageKey: string }) {
  return db().image.findUnique({ where: { storageKey }, select: { mimeType: true, byteSize: true } });
}
