import { describe, expect, it } from "vitest";
import { parseParkFilter } from "./park-filter.ts";

describe("parseParkFilter", () => {
  it("reads area and type from URL parameters", () => {
    expect(parseParkFilter({ area: "liangjiang", type: "bonded-zone", page: "2" })).toEqual({
      area: "liangjiang",
      type: "bonded-zone",
      page: 2,
    });
  });
  it("drops unknown values instead of failing, so an old link still shows a list", () => {
    expect(parseParkFilter({ area: "shanghai", type: ["bonded-zone", "x"] })).toEqual({
      area: undefined,
      type: "bonded-zone",
      page: 1,
    });
  });
  it("refuses a malformed page number instead of showing page 1 under its URL", () => {
    expect(parseParkFilter({ area: "liangjiang", page: "-3" })).toBeNull();
  });
});
