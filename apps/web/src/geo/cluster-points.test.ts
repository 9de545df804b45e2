import { describe, expect, it } from "vitest";
import { clusterPoints } from "./cluster-points";
import { boxAround, fitFrame } from "./map-frame";

describe("clusterPoints", () => {
  it("keeps parks on both sides of a cell's edge in one cluster", () => {
    const corners: [number, number][] = [
      [104.0, 30.0],
      [104.3, 30.3],
    ];
    const frame = fitFrame(boxAround(corners, 0.05), 960, 440, 40);
    // Two parks 2 px apart, one on each side of the line x = 400.
    const [lng402, lat] = frame.projection.invert!([402, 200])!;
    const [lng398] = frame.projection.invert!([398, 200])!;
    const clusters = clusterPoints([[lng398, lat], [lng402, lat], ...corners], frame, 100);
    expect(clusters.map((c) => c.count)).toEqual([1, 2, 1]);
  });

  it("draws at most one marker per cell, however many points there are", () => {
    // 10,000 points spread over a box about 40 × 40 km.
    const points = Array.from({ length: 10_000 }, (_, i): [number, number] => [
      106.5 + ((i * 7919) % 10_000) / 25_000,
      29.6 + ((i * 104_729) % 10_000) / 25_000,
    ]);
    const frame = fitFrame(boxAround(points, 0.05), 960, 440, 40);
    const clusters = clusterPoints(points, frame, 80);
    expect(clusters.length).toBeLessThanOrEqual(Math.ceil(960 / 80) * Math.ceil(440 / 80));
    expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(points.length);
  });

  it("keeps each cluster's parks inside its box, with the marker at their mean", () => {
    const points: [number, number][] = [
      [104.0, 30.0],
      [104.13, 30.12],
      [104.132, 30.122],
      [104.3, 30.3],
    ];
    const frame = fitFrame(boxAround(points, 0.05), 960, 440, 40);
    const [north, near, south] = clusterPoints(points, frame, 80);
    expect(north).toEqual({
      count: 1,
      at: [104.3, 30.3],
      box: { west: 104.3, east: 104.3, south: 30.3, north: 30.3 },
    });
    expect(south).toMatchObject({ count: 1, at: [104.0, 30.0] });
    expect(near!.count).toBe(2);
    expect(near!.at[0]).toBeCloseTo(104.131);
    expect(near!.box).toEqual({ west: 104.13, east: 104.132, south: 30.12, north: 30.122 });
  });
});
