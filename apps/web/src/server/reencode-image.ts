import sharp, { type Metadata, type Sharp } from "sharp";
import { imageMaxPixels, type ImageDecoder, type ImageMimeType } from "@ig/domain";

// Only the three decoders of the formats we accept may ever see uploaded bytes: libvips would
// otherwise also parse SVG, GIF, TIFF, AVIF/HEIF … (more parsers, more attack surface) before we
// could refuse the format. Process-wide, which is right here: the portal uses sharp for uploads
// only (no next/image). No cache: uploads are decoded once.
sharp.block({ operation: ["VipsForeignLoad"] });
sharp.unblock({
  operation: ["VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer", "VipsForeignLoadWebpBuffer"],
});
sharp.cache(false);

// Each accepted format, encoded again as itself. (PNG takes no quality: in sharp that would
// quantise it to a palette.)
const formats: Record<string, { mimeType: ImageMimeType; encode: (image: Sharp) => Sharp }> = {
  jpeg: { mimeType: "image/jpeg", encode: (image) => image.jpeg({ quality: 85 }) },
  png: { mimeType: "image/png", encode: (image) => image.png() },
  webp: { mimeType: "image/webp", encode: (image) => image.webp({ quality: 85 }) },
};

/**
 * Decodes an upload with libvips (sharp) and encodes it afresh in its own format (JPEG, PNG or
 * WebP; an animated WebP keeps its first frame): EXIF orientation is applied to the pixels, then
 * every piece of metadata (EXIF with GPS, XMP, IPTC, comments, ICC after conversion to sRGB) and
 * every byte that is not pixels (a polyglot's HTML) is left behind. Returns the new bytes with
 * their real width and height, "tooManyPixels" when the header claims more than imageMaxPixels
 * (read before any pixel is decoded), or "notAnImage" for anything that does not decode cleanly
 * (other formats, truncated or corrupt data: sharp's failOn "warning").
 */
export const reencodeImage: ImageDecoder = async (bytes) => {
  let header: Metadata;
  try {
    // Reads the header only; the pixel limit is ours, so that it has its own message.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return "notAnImage";
  }
  const format = Object.hasOwn(formats, header.format) ? formats[header.format] : undefined;
  if (!format) return "notAnImage";
  if (header.width * header.height > imageMaxPixels) return "tooManyPixels";
  try {
    const decoded = sharp(bytes, { limitInputPixels: imageMaxPixels, failOn: "warning", autoOrient: true });
    const { data, info } = await format.encode(decoded).toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), mimeType: format.mimeType, width: info.width, height: info.height };
  } catch {
    return "notAnImage";
  }
};
