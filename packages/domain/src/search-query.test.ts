import { describe, expect, it } from "vitest";
import { maxQueryLength, parseSearchQuery } from "./search-query.ts";

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

  it("cuts an over-long query between characters, never inside one", () => {
    const q = parseSearchQuery({ q: "a".repeat(maxQueryLength - 1) + "𠀀𠀀" }).q;
    expect([...q]).toHaveLength(maxQueryLength);
    expect(q.endsWith("𠀀")).toBe(true);
  });

  it("marks a query with a NUL or a lone surrogate unsearchable instead of dropping it", () => {
    expect(parseSearchQuery({ q: "a\u0000b" })).toEqual({
      q: "a\uFFFDb",
      kind: undefined,
      area: undefined,
      unsearchable: true,
    });
    expect(parseSearchQuery({ q: "\uD800" }).unsearchable).toBe(true);
    expect(parseSearchQuery({ q: "锂" }).unsearchable).toBeUndefined();
  });
});
