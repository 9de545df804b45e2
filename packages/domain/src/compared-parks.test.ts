import { describe, expect, it } from "vitest";
import { parseComparedParks } from "./compared-parks.ts";

describe("parseComparedParks", () => {
  it("reads comma-joined and repeated slugs, in the order given", () => {
    expect(parseComparedParks({ parks: "b-park,a-park" })).toEqual(["b-park", "a-park"]);
    expect(parseComparedParks({ parks: ["a-park", "b-park,c-park"] })).toEqual([
      "a-park",
      "b-park",
      "c-park",
    ]);
  });

  it("ignores blanks, so an empty 'add a park' choice or a trailing comma changes nothing", () => {
    expect(parseComparedParks({ parks: ["a-park", ""] })).toEqual(["a-park"]);
    expect(parseComparedParks({ parks: " a-park , " })).toEqual(["a-park"]);
    expect(parseComparedParks({})).toEqual([]);
  });

  it("rejects more than four parks, a park twice and anything that is not a slug", () => {
    expect(parseComparedParks({ parks: "a,b,c,d" })).toHaveLength(4);
    expect(parseComparedParks({ parks: "a,b,c,d,e" })).toBeNull();
    expect(parseComparedParks({ parks: "a,b,a" })).toBeNull();
    expect(parseComparedParks({ parks: "a,Robert'); DROP TABLE" })).toBeNull();
    expect(parseComparedParks({ parks: "../admin" })).toBeNull();
  });
});
