import { describe, expect, it } from "vitest";
import { barChartGeometry, defaultBarLayout } from "./bar-chart-geometry";

const layout = { width: 400, labelWidth: 100, valueWidth: 50, rowHeight: 20, gap: 5 };

describe("barChartGeometry", () => {
  it("scales the longest bar to the room between labels and values, the rest proportionally", () => {
    const { width, height, bars } = barChartGeometry([10, 5, 0], layout);
    expect(width).toBe(400);
    expect(height).toBe(3 * 20 + 2 * 5);
    expect(bars.map((b) => b.width)).toEqual([250, 125, 0]);
    expect(bars.map((b) => b.y)).toEqual([0, 25, 50]);
    expect(bars.every((b) => b.x === 100 && b.height === 20 && b.labelX === 92)).toBe(true);
    expect(bars.map((b) => b.valueX)).toEqual([356, 231, 106]);
    expect(bars[1]!.textY).toBe(35);
  });

  it("draws no bars for all zeros and no rows for no values", () => {
    expect(barChartGeometry([0, 0], layout).bars.map((b) => b.width)).toEqual([0, 0]);
    expect(barChartGeometry([], layout)).toEqual({ width: 400, height: 0, bars: [] });
  });

  it("keeps every bar and its value inside the chart", () => {
    const { bars, width } = barChartGeometry([3, 1_000_000, 7]);
    for (const bar of bars) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(width - defaultBarLayout.valueWidth);
      expect(bar.valueX).toBeLessThan(width);
    }
  });
});
