import { describe, expect, it } from "vitest";
import { maxQueryTokens } from "./search-query.ts";
import { compileSynonyms } from "./search-synonyms.ts";
import { indexWords, queryTerms, type SearchRules } from "./search-terms.ts";

// Stand-ins: one word per two characters, and one Traditional character.
const pairs = (run: string) => run.match(/.{1,2}/gu) ?? [];
const rules: SearchRules = {
  toSimplified: (text) => text.replace(/慶/g, "庆"),
  segmentForIndex: pairs,
  segmentForQuery: pairs,
  synonyms: compileSynonyms([
    { terms: ["锂电池", "lithium battery", "lithium batteries"] },
    { terms: ["重庆", "chongqing"], area: "liangjiang" },
  ]),
};

describe("indexWords", () => {
  it("writes the words, Simplified, then the key of each synonym group the text names", () => {
    expect(indexWords("Lithium Battery 重慶", rules)).toBe("lithium battery 重庆 锂电池 重庆");
  });
});

describe("queryTerms", () => {
  it("reads a synonym group's phrase as one term matching its key or any of its terms", () => {
    const [battery, city] = queryTerms("lithium batteries 重慶", rules);
    expect(battery).toEqual({
      text: "lithium batteries",
      any: [["锂电池"], ["锂电"], ["lithium", "battery"], ["lithium", "batteries"]].map((words) =>
        words[0] === "锂电" ? ["锂电", "池"] : words,
      ),
      prefix: false,
      known: true,
      marks: ["锂电池", "lithium battery", "lithium batteries"],
    });
    expect(city).toEqual(expect.objectContaining({ text: "重庆", area: "liangjiang", known: true }));
  });

  it("keeps each other word once, a lone Chinese character as the start of words", () => {
    expect(queryTerms("Bonded bonded 锂 logistics", rules)).toEqual([
      { text: "bonded", any: [["bonded"]], prefix: false, known: false, marks: ["bonded"] },
      { text: "锂", any: [["锂"]], prefix: true, known: false, marks: ["锂"] },
      { text: "logistics", any: [["logistics"]], prefix: false, known: false, marks: ["logistics"] },
    ]);
  });

  it("caps the number of terms", () => {
    expect(queryTerms("a b c d e f g h i j k", rules)).toHaveLength(maxQueryTokens);
  });
});
