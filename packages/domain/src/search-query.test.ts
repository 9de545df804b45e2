import { describe, expect, it } from "vitest";
import { maxQueryLength, maxQueryTokens, parseSearchQuery, queryTokens } from "./search-query.ts";

describe("parseSearchQuery", () => {
  it("reads the query and its facets from URL parameters", () => {
    expect(parseSearchQuery({ q: "  lithium ", kind: "projects", area: "tianfu" })).toEqual({
      q: "lithium",
      kind: "projects",
      area: "tianfu",
    });
  });

  it("drops unknown facets and cuts an over-long query instead of failing", () => {
    expect(parseSearchQuery({ q: ["保税", "x"], kind: "people", area: "shanghai" })).toEqual({
      q: "保税",
      kind: undefined,
      area: undefined,
    });
    expect(parseSearchQuery({ q: "a".repeat(500) }).q).toHaveLength(maxQueryLength);
    expect(parseSearchQuery({}).q).toBe("");
  });
});

describe("queryTokens", () => {
  const chars = (run: string) => [...run];

  it("keeps each word once, in order", () => {
    expect(queryTokens("Bonded bonded 保税 logistics", chars)).toEqual(["bonded", "保", "税", "logistics"]);
  });

  it("caps the number of words", () => {
    expect(queryTokens("a b c d e f g h i j k", chars)).toHaveLength(maxQueryTokens);
  });
});
