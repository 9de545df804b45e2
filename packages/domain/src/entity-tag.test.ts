import { describe, expect, it } from "vitest";
import { ifNoneMatchHits } from "./entity-tag.ts";

describe("ifNoneMatchHits", () => {
  const etag = '"abc123"';
  it("matches the tag itself, its weak form, a list holding it and *", () => {
    expect(ifNoneMatchHits('"abc123"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc123"', etag)).toBe(true);
    expect(ifNoneMatchHits('"other", W/"abc123" , "x"', etag)).toBe(true);
    expect(ifNoneMatchHits("*", etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc123"', 'W/"abc123"')).toBe(true);
  });
  it("does not match another tag, an unquoted tag, a prefix or nothing", () => {
    expect(ifNoneMatchHits('"abc12"', etag)).toBe(false);
    expect(ifNoneMatchHits("abc123", etag)).toBe(false);
    expect(ifNoneMatchHits('"abc123x", "zzz"', etag)).toBe(false);
    expect(ifNoneMatchHits("", etag)).toBe(false);
    expect(ifNoneMatchHits(null, etag)).toBe(false);
  });
});
