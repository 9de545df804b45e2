import { describe, expect, it } from "vitest";
import { boxAround, fitFrame, frameCorners, scaleBar } from "./map-frame";

const parks: [number, number][] = [
  [106.516, 29.646],
  [106.823, 29.681],
  [106.571, 29.572],
];

describe("map frames", () => {
  it("fit every park inside the padding", () => {
    const frame = fitFrame(boxAround(parks, 0.05), 960, 440, 40);
    for (const park of parks) {
      const [x, y] = frame.projection(park)!;
      expect(x).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(x).toBeLessThanOrEqual(920 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(y).toBeLessThanOrEqual(400 + 1e-6);
    }
    const [[west, north], [east, south]] = frameCorners(frame);
    expect(west).toBeLessThan(106.516);
    expect(east).toBeGreaterThan(106.823);
    expect(north).toBeGreaterThan(29.681);
    expect(south).toBeLessThan(29.572);
  });

  it("give a single park a neighbourhood instead of an infinite zoom", () => {
    const frame = fitFrame(boxAround([[104.06, 30.45]], 0.05), 960, 440, 40);
    const [[west], [east]] = frameCorners(frame);
    expect(east - west).toBeGreaterThan(0.05);
    expect(Number.isFinite(frame.projection.scale())).toBe(true);
  });

  it("pick a round scale-bar length that fits", () => {
    const frame = fitFrame(boxAround(parks, 0.05), 960, 440, 40);
    const { km, pixels } = scaleBar(frame, 192);
    expect([50, 20, 10, 5, 2, 1, 0.5]).toContain(km);
    expect(pixels).toBeLessThanOrEqual(192);
    expect(pixels).toBeGreaterThan(192 / 2.5); // the next round length up would not fit
  });
});
