import { describe, expect, it } from "vitest";
import { addComparedPark } from "./comparison-selection.ts";

describe("addComparedPark", () => {
  it("appends a new park, and leaves the selection alone when the park is in or four are chosen", () => {
    expect(addComparedPark(["a"], "b")).toEqual(["a", "b"]);
    expect(addComparedPark(["a", "b"], "a")).toEqual(["a", "b"]);
    expect(addComparedPark(["a", "b", "c", "d"], "e")).toEqual(["a", "b", "c", "d"]);
  });
});
