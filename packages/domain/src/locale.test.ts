import { describe, expect, it } from "vitest";
import { localize } from "./locale.ts";

describe("localize", () => {
  it("returns the text in the asked language", () => {
    expect(localize({ en: "Bonded zone", zh: "保税区" }, "zh")).toEqual({
      text: "保税区",
      locale: "zh",
      isFallback: false,
    });
  });
  it("falls back to English, flagged, when the translation is missing or blank", () => {
    expect(localize({ en: "Bonded zone", zh: "  " }, "zh")).toEqual({
      text: "Bonded zone",
      locale: "en",
      isFallback: true,
    });
    expect(localize({ en: "Bonded zone" }, "zh").isFallback).toBe(true);
  });
  it("never flags English itself as a fallback", () => {
    expect(localize({ en: "Bonded zone", zh: "保税区" }, "en").isFallback).toBe(false);
  });
});
