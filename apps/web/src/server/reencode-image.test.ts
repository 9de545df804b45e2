import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  html,
  image,
  jpegWithGps,
  metadataOf,
  pngClaiming,
  pngHeaderThenHtml,
  pngWithTrailingHtml,
  type Format,
} from "./image-fixtures";
import { reencodeImage } from "./reencode-image";

const decoded = async (bytes: Uint8Array) => {
  const result = await reencodeImage(bytes);
  if (typeof result === "string") throw new Error(`refused: ${result}`);
  return result;
};

describe("reencodeImage", () => {
  it.each([
    ["jpeg", "image/jpeg"],
    ["png", "image/png"],
    ["webp", "image/webp"],
  ] as const)("keeps a %s a %s, with its real size", async (format: Format, mimeType) => {
    const result = await decoded(await image(format, 64, 48));
    expect(result).toMatchObject({ mimeType, width: 64, height: 48 });
    expect(await metadataOf(result.bytes)).toMatchObject({ format, width: 64, height: 48 });
  });

  it("turns a photo upright by its EXIF orientation, then drops all its metadata (GPS included)", async () => {
    const photo = await jpegWithGps(64, 48);
    const before = await metadataOf(photo);
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString("latin1")).toContain("InlandCam");

    const result = await decoded(photo);
    expect(result).toMatchObject({ mimeType: "image/jpeg", width: 48, height: 64 });
    const after = await metadataOf(result.bytes);
    expect(after).toMatchObject({ width: 48, height: 64 });
    expect([after.exif, after.xmp, after.iptc, after.icc, after.orientation, after.comments]).toEqual(
      new Array(6).fill(undefined),
    );
    expect(Buffer.from(result.bytes).includes("InlandCam")).toBe(false);
  });

  it("refuses a PNG header followed by HTML", async () => {
    expect(await reencodeImage(await pngHeaderThenHtml())).toBe("notAnImage");
  });

  it("keeps only the pixels of a real PNG that carries HTML after its end", async () => {
    const result = await decoded(await pngWithTrailingHtml());
    expect(Buffer.from(result.bytes).includes(html)).toBe(false);
    expect(Buffer.from(result.bytes).includes("<script")).toBe(false);
  });

  it("refuses a header claiming 100000 × 100000 pixels at once, without decoding it", async () => {
    const started = performance.now();
    expect(await reencodeImage(await pngClaiming(100_000, 100_000))).toBe("tooManyPixels");
    expect(performance.now() - started).toBeLessThan(1000);
    // Just under the cap the same lie is found by decoding: the pixel data is missing.
    expect(await reencodeImage(await pngClaiming(5000, 5000))).toBe("notAnImage");
  });

  it("refuses truncated and corrupt images", async () => {
    const cut = async (format: Format) => {
      const bytes = await image(format, 200, 150);
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    };
    const damaged = async (format: Format, damage: (bytes: Buffer, middle: number) => void) => {
      const bytes = Buffer.from(await image(format, 200, 150));
      damage(bytes, Math.floor(bytes.length / 2));
      return bytes;
    };
    for (const format of ["jpeg", "png", "webp"] as const)
      expect(await reencodeImage(await cut(format)), format).toBe("notAnImage");
    // One flipped bit fails a PNG chunk's checksum; a run of 0xFF breaks a JPEG's markers. (Noise in
    // lossy JPEG or WebP entropy data can decode as other pixels, which are re-encoded like any.)
    expect(await reencodeImage(await damaged("png", (b, at) => b.writeUInt8(b.readUInt8(at) ^ 1, at)))).toBe(
      "notAnImage",
    );
    expect(await reencodeImage(await damaged("jpeg", (b, at) => b.fill(0xff, at, at + 50)))).toBe(
      "notAnImage",
    );
    expect(await reencodeImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBe("notAnImage");
    expect(await reencodeImage(Buffer.from("These are the minutes of the meeting.\n"))).toBe("notAnImage");
  });

  it("refuses GIF, TIFF, AVIF and SVG, even though the library could read them", async () => {
    const canvas = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } });
    for (const bytes of [
      await canvas().gif().toBuffer(),
      await canvas().tiff().toBuffer(),
      await canvas().avif().toBuffer(),
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>`,
      ),
    ])
      expect(await reencodeImage(bytes)).toBe("notAnImage");
  });
});
