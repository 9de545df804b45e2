import { describe, expect, it } from "vitest";
import { markMatches } from "./search-marks.ts";

const marked = (text: string, marks: string[]) =>
  markMatches(text, marks)
    .map((piece) => (piece.mark ? `[${piece.text}]` : piece.text))
    .join("");

describe("markMatches", () => {
  it("marks English words in any form, whole words only", () => {
    expect(marked("Batteries for a battery plant; battle-ready", ["lithium battery"])).toBe(
      "[Batteries] for a [battery] plant; battle-ready",
    );
    expect(marked("Bonded zones, not bondage... AI and air", ["bonded zone", "ai"])).toBe(
      "[Bonded] [zones], not bondage... [AI] and air",
    );
  });

  it("marks Chinese terms wherever they occur, the longest first", () => {
    expect(marked("天齐锂业全球研发中心（锂电池）", ["锂", "锂电池"])).toBe(
      "天齐[锂]业全球研发中心（[锂电池]）",
    );
  });

  it("leaves common words of phrases and text with no match alone", () => {
    expect(marked("Belt and Road", ["belt and road"])).toBe("[Belt] and [Road]");
    expect(markMatches("<b>x</b>", ["y"])).toEqual([{ text: "<b>x</b>", mark: false }]);
  });
});
