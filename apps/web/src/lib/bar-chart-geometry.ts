export interface BarChartLayout {
  /** Width of the whole chart (the SVG's viewBox). */
  width: number;
  /** Room on the left for the row labels. */
  labelWidth: number;
  /** Room on the right of the longest bar for its printed value. */
  valueWidth: number;
  rowHeight: number;
  /** Vertical space between two bars. */
  gap: number;
}

interface BarGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the row's label ends (right-aligned) and its value starts, and their baseline. */
  labelX: number;
  valueX: number;
  textY: number;
}

export const defaultBarLayout: BarChartLayout = {
  width: 640,
  labelWidth: 220,
  valueWidth: 64,
  rowHeight: 22,
  gap: 6,
};

/**
 * The geometry of a horizontal bar chart: one row per value, the longest bar filling the room
 * between the labels and the values, the others proportional (a zero stays an empty bar, and a
 * chart of zeros has no bars rather than dividing by zero). Pure, so the scale is unit-tested.
 */
export function barChartGeometry(values: readonly number[], layout: BarChartLayout = defaultBarLayout) {
  const { width, labelWidth, valueWidth, rowHeight, gap } = layout;
  const room = width - labelWidth - valueWidth;
  const max = Math.max(0, ...values);
  const bars: BarGeometry[] = values.map((value, index) => {
    const y = index * (rowHeight + gap);
    const barWidth = max > 0 ? (Math.max(0, value) / max) * room : 0;
    return {
      x: labelWidth,
      y,
      width: barWidth,
      height: rowHeight,
      labelX: labelWidth - 8,
      valueX: labelWidth + barWidth + 6,
      textY: y + rowHeight / 2,
    };
  });
  const height = values.length ? values.length * (rowHeight + gap) - gap : 0;
  return { width, height, bars };
}
