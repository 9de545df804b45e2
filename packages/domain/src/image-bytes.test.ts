import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readImageHeader, sniffImageType } from "./image-bytes.ts";
import { parkImageUploadSchema } from "./image-upload.ts";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const u32be = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16be = (n: number) => [n >>> 8, n & 255];

/** A real (decodable) PNG of the given size, grey pixels. */
function png(width: number, height: number) {
  const chunk = (type: string, data: Uint8Array) => [
    ...u32be(data.length),
    ...bytes(type),
    ...data,
    0,
    0,
    0,
    0,
  ];
  const ihdr = new Uint8Array([...u32be(width), ...u32be(height), 8, 0, 0, 0, 0]);
  const rows = new Uint8Array(height * (width + 1)).fill(128);
  return new Uint8Array([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk("IHDR", ihdr),
    ...chunk("IDAT", deflateSync(rows)),
    ...chunk("IEND", new Uint8Array()),
  ]);
}

// SOI, an APP0 (JFIF) segment to skip, a DHT-like C4 segment (not a frame), then SOF2.
const jpeg = bytes(
  [0xff, 0xd8],
  [0xff, 0xe0, ...u16be(16)],
  "JFIF\0",
  [1, 1, 0, 0, 1, 0, 1, 0, 0],
  [0xff, 0xc4, ...u16be(4), 0, 0],
  [0xff, 0xc2, ...u16be(11), 8, ...u16be(480), ...u16be(640), 1, 1, 0x11, 0],
);
const riff = (chunk: string, payload: number[]) =>
  bytes("RIFF", [0, 0, 0, 0], "WEBP", chunk, [0, 0, 0, 0], payload);

describe("reading an image's header", () => {
  it("knows PNG, JPEG and WebP by their bytes, with their dimensions", () => {
    expect(readImageHeader(png(3, 2))).toEqual({
      mimeType: "image/png",
      extension: "png",
      width: 3,
      height: 2,
    });
    expect(readImageHeader(jpeg)).toEqual({
      mimeType: "image/jpeg",
      extension: "jpg",
      width: 640,
      height: 480,
    });
    // Lossy: frame tag, start code 9d 01 2a, 14-bit width and height (scale bits ignored).
    const vp8 = riff("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x43, 0xf0, 0x40, 0, 0]);
    expect(readImageHeader(vp8)).toMatchObject({ mimeType: "image/webp", width: 800, height: 240 });
    // Lossless: signature 2f, then width-1 and height-1 in 14 bits each (here 100 × 50).
    const bits = 99 | (49 << 14);
    const vp8l = riff("VP8L", [
      0x2f,
      bits & 255,
      (bits >> 8) & 255,
      (bits >> 16) & 255,
      bits >>> 24,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(readImageHeader(vp8l)).toMatchObject({ width: 100, height: 50 });
    // Extended: canvas width-1 and height-1 as 24-bit little-endian (here 4000 × 3000).
    const vp8x = riff("VP8X", [0, 0, 0, 0, 0x9f, 0x0f, 0, 0xb7, 0x0b, 0, 0, 0]);
    expect(readImageHeader(vp8x)).toMatchObject({ width: 4000, height: 3000 });
  });

  it("refuses anything else, whatever it is called, and truncated headers", () => {
    expect(sniffImageType(bytes("hello, I am a text file named photo.png\n"))).toBeNull();
    expect(sniffImageType(bytes("GIF89a", [1, 0, 1, 0]))).toBeNull();
    expect(sniffImageType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(readImageHeader(png(3, 2).subarray(0, 20))).toBeNull();
    expect(readImageHeader(jpeg.subarray(0, 30))).toBeNull();
    expect(readImageHeader(bytes([0xff, 0xd8, 0xff, 0xd9], new Array(20).fill(0)))).toBeNull();
    expect(readImageHeader(new Uint8Array())).toBeNull();
  });
});

describe("parkImageUploadSchema", () => {
  const schema = parkImageUploadSchema(1000);
  const alt = { en: "The park gate", zh: "园区大门" };
  const errors = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("accepts a real image with both alt texts, giving its type and size", () => {
    const result = schema.parse({ slug: "a-park", alt, file: png(4, 4) });
    expect(result.file).toMatchObject({ mimeType: "image/png", width: 4, height: 4 });
  });

  it("requires both alt texts, a file, a real image and the size limit", () => {
    expect(errors({ slug: "a-park", alt: { en: "Gate", zh: " " }, file: png(1, 1) })).toEqual({
      "alt.zh": "Alt text in Chinese is required",
    });
    expect(errors({ slug: "a-park", alt, file: new Uint8Array() })).toEqual({
      file: "Choose an image file.",
    });
    expect(errors({ slug: "a-park", alt, file: bytes("not an image") })).toEqual({
      file: expect.stringContaining("not a JPEG, PNG or WebP image"),
    });
    expect(errors({ slug: "a-park", alt, file: new Uint8Array(1001) })).toEqual({
      file: "The image is larger than the size limit.",
    });
  });
});
