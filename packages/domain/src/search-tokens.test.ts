import { describe, expect, it } from "vitest";
import { isHanWord, normalizeSearchText, searchTokens } from "./search-tokens.ts";

// A stand-in segmenter: one word per two characters is enough to see where it is called.
const pairs = (run: string) => run.match(/.{1,2}/gu) ?? [];

describe("normalizeSearchText", () => {
  it("folds full-width forms, case and Latin accents", () => {
    expect(normalizeSearchText("ＢＯＮＤＥＤ Logistics")).toBe("bonded logistics");
    expect(normalizeSearchText("Zürich CAFÉ")).toBe("zurich cafe");
  });

  it("turns punctuation and symbols, Chinese ones included, into single spaces", () => {
    expect(normalizeSearchText("China–Italy Park (Tianfu) — R&D, 13.1%!")).toBe(
      "china italy park tianfu r d 13 1",
    );
    expect(normalizeSearchText("“保税仓+直播”，天府保B。")).toBe("保税仓 直播 天府保 b");
  });

  it("separates Han characters from Latin letters and digits", () => {
    expect(normalizeSearchText("保税物流中心（B型）")).toBe("保税物流中心 b 型");
    expect(normalizeSearchText("2024年1—5月")).toBe("2024 年 1 5 月");
  });

  it("keeps letters of other scripts and collapses white space", () => {
    expect(normalizeSearchText("  Привет\n\tмир  ")).toBe("привет мир");
    expect(normalizeSearchText("")).toBe("");
  });
});

describe("searchTokens", () => {
  it("splits other scripts at spaces and hands only Han runs to the segmenter", () => {
    expect(searchTokens("TIANQI Lithium 天齐锂业全球", pairs)).toEqual([
      "tianqi",
      "lithium",
      "天齐",
      "锂业",
      "全球",
    ]);
  });

  it("drops empty words a segmenter may return", () => {
    expect(searchTokens("保税 bonded", () => ["", " ", "保税"])).toEqual(["保税", "bonded"]);
  });
});

describe("isHanWord", () => {
  it("tells Chinese words from others", () => {
    expect(["锂", "保税区"].map(isHanWord)).toEqual([true, true]);
    expect(["lithium", "b型", "2024", ""].map(isHanWord)).toEqual([false, false, false, false]);
  });
});
