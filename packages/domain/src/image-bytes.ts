/**
 * What an uploaded image may be. The server decodes and re-encodes the bytes with a real image
 * library (apps/web/src/server/reencode-image.ts); these are the rules it applies and the
 * messages of a refusal, pure, so that the upload form can show them in the staff member's language.
 */
export const imageExtensions = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;
export type ImageMimeType = keyof typeof imageExtensions;

/**
 * The most pixels (width × height) an image may have: 40 megapixels, checked from the header
 * before the pixels are decoded. Every common camera and phone photo (12–24 MP, 7,300 × 5,470 at
 * most) fits, while the decoded image stays below 160 MiB of memory (4 bytes a pixel): a header
 * claiming 100,000 × 100,000 pixels in a few hundred bytes (a "decompression bomb") is refused.
 */
export const imageMaxPixels = 40_000_000;

/** The messages of a refused file (the upload form shows them in the staff member's language). */
export const imageFileErrors = {
  missing: "Choose an image file.",
  tooLarge: "The image is larger than the size limit.",
  notAnImage:
    "This file is not a JPEG, PNG or WebP image, or it is damaged (its contents were decoded, not its name checked).",
  tooManyPixels: `The image has more than ${imageMaxPixels / 1_000_000} megapixels.`,
} as const;
export type ImageFileError = keyof typeof imageFileErrors;

/** An upload as the server stores it: re-encoded bytes without metadata, their type and real size in pixels. */
export interface DecodedImage {
  bytes: Uint8Array;
  mimeType: ImageMimeType;
  width: number;
  height: number;
}

/** Decodes untrusted bytes into a DecodedImage, or names why they are refused. */
export type ImageDecoder = (bytes: Uint8Array) => Promise<DecodedImage | "notAnImage" | "tooManyPixels">;
