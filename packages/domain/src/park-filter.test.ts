import { describe, expect, it } from "vitest";
import { parseParkFilter } from "./park-filter.ts";

describe("parseParkFilter", () => {
  it("reads area and type from URL parameters", () => {
    expect(parseParkFilter({ area: "liangjiang", type: "bonded-zone" })).toEqual({
      area: "liangjiang",
      type: "bonded-zone",
    });
  });
  it("drops unknown values instead of failing, so an old link still shows a list", () => {
    expect(parseParkFilter({ area: "shanghai", type: ["bonded-zone", "x"] })).toEqual({
      area: undefined,
      type: "bonded-zone",
    });
  });
});
