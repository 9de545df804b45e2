import { describe, expect, it } from "vitest";
import { formatMapBox, parseMapBox, parseParkQuery } from "./park-query.ts";

describe("parseParkQuery", () => {
  it("reads the filters, the words and the part of the map", () => {
    expect(
      parseParkQuery({ area: "liangjiang", q: "  bonded ", box: "106.5,29.6,106.7,29.8", page: "3" }),
    ).toEqual({
      area: "liangjiang",
      type: undefined,
      industry: undefined,
      q: "bonded",
      box: { west: 106.5, south: 29.6, east: 106.7, north: 29.8 },
    });
  });
  it("drops a malformed box rather than failing", () => {
    for (const box of ["1,2,3", "3,1,2,4", "1,4,2,3", "a,b,c,d", "1e2,1,2,3", "1,2,3,4,5", "0,95,1,96", ""]) {
      expect(parseParkQuery({ box }).box, box).toBeUndefined();
    }
  });
});

describe("formatMapBox", () => {
  it("rounds outwards, so that the parks at the box's edges stay inside", () => {
    const box = { west: 104.12345, south: 30.56789, east: 104.12346, north: 30.5679 };
    expect(formatMapBox(box)).toBe("104.1234,30.5678,104.1235,30.5679");
    expect(parseMapBox(formatMapBox(box))).toEqual({
      west: 104.1234,
      south: 30.5678,
      east: 104.1235,
      north: 30.5679,
    });
  });
});
