/**
 * Test images for the upload tests (vitest and the e2e journeys), made in code: real images
 * encoded by sharp, and the attacks that pass a check of the header alone. Test code only.
 */
import { crc32 } from "node:zlib";
import sharp from "sharp";

export type Format = "jpeg" | "png" | "webp";

/** Noise, so that the image has real scan data (a cut-off file then lacks pixels, not just a header). */
const canvas = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: "#2f6ea0",
      noise: { type: "gaussian", mean: 120, sigma: 40 },
    },
  });

/** A real image of the given format and size, without metadata. */
export const image = (format: Format, width: number, height: number) =>
  canvas(width, height).toFormat(format).toBuffer();

/** What a phone writes: EXIF with camera make ("InlandCam"), GPS position (Chengdu) and orientation 6 (turn 90° clockwise to view). */
export const jpegWithGps = (width: number, height: number) =>
  canvas(width, height)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "InlandCam" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "30/1 34/1 12/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "104/1 3/1 54/1",
      },
    })
    .toBuffer();

export const html = "<html><body><script>alert(document.cookie)</script></body></html>";

/**
 * A PNG's signature and header chunk (IHDR: 64 × 48 pixels) followed by an HTML page instead of
 * pixel data: a header sniffer calls it a 64 × 48 PNG.
 */
export const pngHeaderThenHtml = async () =>
  Buffer.concat([(await image("png", 64, 48)).subarray(0, 33), Buffer.from(html)]);

/** A real PNG with an HTML page appended after its end: it decodes, the HTML must not survive. */
export const pngWithTrailingHtml = async () => Buffer.concat([await image("png", 16, 16), Buffer.from(html)]);

/** A 1×1 PNG whose header (IHDR, with a valid checksum) claims width × height pixels: a decompression bomb. */
export async function pngClaiming(width: number, height: number) {
  const bytes = Buffer.from(await image("png", 1, 1));
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29); // over the chunk's type and data
  return bytes;
}

/** The metadata sharp reads from bytes (format, size, exif, xmp, icc …). */
export const metadataOf = (bytes: Uint8Array) => sharp(bytes).metadata();
