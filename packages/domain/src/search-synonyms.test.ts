import { describe, expect, it } from "vitest";
import { compileSynonyms, synonymKeysIn, takePhrases } from "./search-synonyms.ts";

const groups = compileSynonyms([
  { terms: ["自由贸易试验区", "自贸区", "Pilot Free Trade Zone", "FTZ"] },
  { terms: ["保税区", "bonded zone"], narrower: ["保税物流中心", "bonded logistics center"] },
  { terms: ["人工智能", "AI"] },
  { terms: ["两江新区", "两江", "Liangjiang"], area: "liangjiang" },
]);

describe("compileSynonyms", () => {
  it("normalises the terms and keys each group by its first Chinese term", () => {
    expect(groups[0]).toEqual({
      key: "自由贸易试验区",
      terms: ["自由贸易试验区", "自贸区", "pilot free trade zone", "ftz"],
      narrower: [],
    });
    expect(groups[3]!.area).toBe("liangjiang");
  });

  it("refuses a group named in one language only", () => {
    expect(() => compileSynonyms([{ terms: ["保税", "保税区"] }])).toThrow(/Chinese and in English/);
    expect(() => compileSynonyms([{ terms: ["ftz", "free trade zone"] }])).toThrow();
  });
});

describe("synonymKeysIn", () => {
  it("finds Chinese terms anywhere and other terms as whole words, narrower terms included", () => {
    expect(synonymKeysIn("中国 四川 自由贸易试验区成都天府新区片区", groups)).toEqual(["自由贸易试验区"]);
    expect(synonymKeysIn("the pilot ftz of chongqing", groups)).toEqual(["自由贸易试验区"]);
    expect(synonymKeysIn("guoyuan bonded logistics center", groups)).toEqual(["保税区"]);
    expect(synonymKeysIn("air freight via said hub", groups)).toEqual([]);
    expect(synonymKeysIn("ai 两江 ai", groups)).toEqual(["人工智能", "两江新区"]);
  });
});

describe("takePhrases", () => {
  it("takes the longest phrases out of a query, in order, and leaves the other words", () => {
    expect(takePhrases("bonded zone 两江 tianfu", groups)).toEqual({
      found: [groups[1], groups[3]],
      rest: "tianfu",
    });
    expect(takePhrases("pilot free trade zone ftz", groups).found).toEqual([groups[0]]);
    expect(takePhrases("logistics", groups)).toEqual({ found: [], rest: "logistics" });
  });

  it("does not find a group by a narrower term", () => {
    expect(takePhrases("保税物流中心", groups)).toEqual({ found: [], rest: "保税物流中心" });
  });
});
