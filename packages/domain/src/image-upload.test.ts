import { describe, expect, it } from "vitest";
import type { DecodedImage, ImageDecoder } from "./image-bytes.ts";
import { parkImageUploadSchema } from "./image-upload.ts";

// The decoder is the server's image library (tested with real images in apps/web); here a
// stand-in that answers as told shows which refusal becomes which field message, and what is
// never handed to the decoder at all.
const decoded: DecodedImage = { bytes: new Uint8Array([1]), mimeType: "image/png", width: 4, height: 3 };
function schemaAnswering(answer: Awaited<ReturnType<ImageDecoder>>) {
  const decoding: Uint8Array[] = [];
  const schema = parkImageUploadSchema(1000, async (bytes) => {
    decoding.push(bytes);
    return answer;
  });
  const errors = async (input: unknown) => {
    const result = await schema.safeParseAsync(input);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  return { schema, decoding, errors };
}
const alt = { en: "The park gate", zh: "园区大门" };
const file = new Uint8Array(10);

describe("parkImageUploadSchema", () => {
  it("stores what the decoder made of the file, never the uploaded bytes", async () => {
    const { schema, decoding } = schemaAnswering(decoded);
    expect((await schema.parseAsync({ slug: "a-park", alt, file })).file).toBe(decoded);
    expect(decoding).toEqual([file]);
  });

  it("requires both alt texts and a file, and decodes nothing over the size limit", async () => {
    const { errors, decoding } = schemaAnswering(decoded);
    expect(await errors({ slug: "a-park", alt: { en: "Gate", zh: " " }, file })).toEqual({
      "alt.zh": "Alt text in Chinese is required",
    });
    expect(await errors({ slug: "a-park", alt, file: new Uint8Array() })).toEqual({
      file: "Choose an image file.",
    });
    expect(await errors({ slug: "a-park", alt, file: "not bytes" })).toEqual({
      file: "Choose an image file.",
    });
    decoding.length = 0;
    expect(await errors({ slug: "a-park", alt, file: new Uint8Array(1001) })).toEqual({
      file: "The image is larger than the size limit.",
    });
    expect(decoding).toEqual([]);
  });

  it("turns the decoder's refusals into the file field's message", async () => {
    expect(await schemaAnswering("notAnImage").errors({ slug: "a-park", alt, file })).toEqual({
      file: expect.stringContaining("not a JPEG, PNG or WebP image, or it is damaged"),
    });
    expect(await schemaAnswering("tooManyPixels").errors({ slug: "a-park", alt, file })).toEqual({
      file: "The image has more than 40 megapixels.",
    });
  });
});
