import "server-only";
import { revalidateTag } from "next/cache";
import { parkImageUploadSchema, ZParkImageDelete } from "@ig/domain";
import { ContentNotFoundError, createParkImage, deleteParkImage, getParkAreaSlug } from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { newImageKey } from "./image-storage/image-key";
import { imageMaxBytes, imageStorage } from "./image-storage/image-storage";
import { reencodeImage } from "./reencode-image";
import { staffAction, StaffActionError } from "./staff-action";

const parkArea = async ({ slug }: { slug: string }) => {
  const area = await getParkAreaSlug({ slug });
  return area === null ? null : [area];
};

/**
 * An editor of the park's area (or an admin) adds an image: the schema has decoded and
 * re-encoded the upload (reencode-image.ts), and only those new bytes, without metadata, go to
 * the storage under a new key; then the record with the real width and height and its audit
 * entry in one transaction; if that fails, the stored bytes are removed again.
 */
export const uploadParkImageAction = staffAction({
  role: "editor",
  schema: parkImageUploadSchema(imageMaxBytes, reencodeImage),
  areaOf: parkArea,
  run: async ({ user, input: { slug, alt, file } }) => {
    const storageKey = newImageKey(file.mimeType);
    await imageStorage().put(storageKey, file.bytes, file.mimeType);
    try {
      const { id } = await createParkImage({
        actorId: user.id,
        slug,
        image: {
          storageKey,
          mimeType: file.mimeType,
          width: file.width,
          height: file.height,
          byteSize: file.bytes.length,
          alt,
        },
      });
      revalidateTag(contentTag, { expire: 0 });
      return { id, url: `/files/images/${storageKey}`, width: file.width, height: file.height };
    } catch (error) {
      await imageStorage().delete(storageKey);
      if (error instanceof ContentNotFoundError) throw new StaffActionError(404, error.message);
      throw error;
    }
  },
});

/** Removes a park's image: record and audit entry first (one transaction), then the bytes. */
export const deleteParkImageAction = staffAction({
  role: "editor",
  schema: ZParkImageDelete,
  areaOf: parkArea,
  run: async ({ user, input: { slug, id } }) => {
    const storageKey = await deleteParkImage({ actorId: user.id, slug, id });
    if (!storageKey) throw new StaffActionError(404, "This park has no such image.");
    await imageStorage().delete(storageKey);
    revalidateTag(contentTag, { expire: 0 });
    return { id };
  },
});
