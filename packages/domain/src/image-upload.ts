import { z } from "zod";
import { cleanString } from "./clean-text.ts";
import { imageFileErrors, readImageHeader } from "./image-bytes.ts";
import { ZRecordId, ZSlug } from "./record-keys.ts";

/** An image's alternative text: both languages required, since a visitor of either reads it. */
export const ZImageAlt = z.object({
  en: cleanString().trim().min(1, "Alt text in English is required").max(300),
  zh: cleanString().trim().min(1, "Alt text in Chinese is required").max(300),
});
export type TImageAlt = z.infer<typeof ZImageAlt>;

/**
 * A park image upload: the file's bytes are checked for size and sniffed for their real type
 * (and dimensions) here, so a text file named .png is refused like any other invalid field.
 */
export function parkImageUploadSchema(maxBytes: number) {
  return z.object({
    slug: ZSlug,
    alt: ZImageAlt,
    file: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array && value.length > 0, imageFileErrors.missing)
      .refine((bytes) => bytes.length <= maxBytes, imageFileErrors.tooLarge)
      .transform((bytes, ctx) => {
        const header = readImageHeader(bytes);
        if (header) return { bytes, ...header };
        ctx.addIssue({ code: "custom", message: imageFileErrors.notAnImage });
        return z.NEVER;
      }),
  });
}
export type TParkImageUpload = z.infer<ReturnType<typeof parkImageUploadSchema>>;

export const ZParkImageDelete = z.object({ slug: ZSlug, id: ZRecordId });
