import { z } from "zod";
import { cleanString } from "./clean-text.ts";
import { imageFileErrors, type ImageDecoder } from "./image-bytes.ts";
import { ZRecordId, ZSlug } from "./record-keys.ts";

/** An image's alternative text: both languages required, since a visitor of either reads it. */
export const ZImageAlt = z.object({
  en: cleanString().trim().min(1, "Alt text in English is required").max(300),
  zh: cleanString().trim().min(1, "Alt text in Chinese is required").max(300),
});
export type TImageAlt = z.infer<typeof ZImageAlt>;

/**
 * A park image upload: the file's size is checked, then `decode` (the server's image library)
 * turns the bytes into a re-encoded image or refuses them, so a text file named .png, a
 * polyglot or a decompression bomb is refused like any other invalid field. Asynchronous: parse
 * it with `safeParseAsync`.
 */
export function parkImageUploadSchema(maxBytes: number, decode: ImageDecoder) {
  return z.object({
    slug: ZSlug,
    alt: ZImageAlt,
    file: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array && value.length > 0, imageFileErrors.missing)
      .refine((bytes) => bytes.length <= maxBytes, imageFileErrors.tooLarge)
      .transform(async (bytes, ctx) => {
        const image = await decode(bytes);
        if (typeof image !== "string") return image;
        ctx.addIssue({ code: "custom", message: imageFileErrors[image] });
        return z.NEVER;
      }),
  });
}
export type TParkImageUpload = z.infer<ReturnType<typeof parkImageUploadSchema>>;

export const ZParkImageDelete = z.object({ slug: ZSlug, id: ZRecordId });
