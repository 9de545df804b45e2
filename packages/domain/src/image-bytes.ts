/**
 * What an uploaded image is, read from its bytes rather than from its name or the browser's
 * claim: the magic numbers of JPEG, PNG and WebP, and the width and height from their headers.
 * Pure, without zod, so both the server and the upload form can use it.
 */
export const imageExtensions = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;
export type ImageMimeType = keyof typeof imageExtensions;

/** The messages of a refused file (the upload form shows them in the staff member's language). */
export const imageFileErrors = {
  missing: "Choose an image file.",
  tooLarge: "The image is larger than the size limit.",
  notAnImage: "This file is not a JPEG, PNG or WebP image (its contents were checked, not its name).",
} as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type the bytes start with, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

type Size = { width: number; height: number };
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + u16be(b, at + 2);

function pngSize(b: Uint8Array): Size | null {
  // The first chunk must be IHDR: width and height as 32-bit big-endian numbers.
  if (b.length < 24 || !startsWith(b, ascii("IHDR"), 12)) return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

// Start-of-frame markers (baseline, progressive, lossless …); C4, C8 and CC are not frames.
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Uint8Array): Size | null {
  let at = 2;
  while (at + 9 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before a frame
    if (startOfFrame.has(marker)) return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    at += 2 + u16be(b, at + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): Size | null {
  if (b.length < 30) return null;
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === "VP8 " && startsWith(b, [0x9d, 0x01, 0x2a], 23))
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === "VP8L" && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

const sizeOf = { "image/jpeg": jpegSize, "image/png": pngSize, "image/webp": webpSize };

/** The image's type, file extension and dimensions, or null when it is none of the three or unreadable. */
export function readImageHeader(bytes: Uint8Array) {
  const mimeType = sniffImageType(bytes);
  if (!mimeType) return null;
  const size = sizeOf[mimeType](bytes);
  if (!size || size.width < 1 || size.height < 1) return null;
  return { mimeType, extension: imageExtensions[mimeType], ...size };
}
export type ImageHeader = NonNullable<ReturnType<typeof readImageHeader>>;
