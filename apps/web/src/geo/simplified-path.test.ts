import { geoIdentity } from "d3-geo";
import { describe, expect, it } from "vitest";
import { simplifiedPath } from "./simplified-path";

// Identity "projection": coordinates are pixels already, so the output is easy to read.
const pixels = geoIdentity();

describe("simplifiedPath", () => {
  it("draws whole pixels with relative moves, dropping vertices closer than the tolerance", () => {
    const ring = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [10.4, 0],
          [10.9, 0.6], // within 2 px of the last kept vertex: left out
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(simplifiedPath(pixels, ring)).toBe("M0 0l10 0l0 10l-10 0z");
  });
});
