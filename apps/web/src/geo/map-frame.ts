import { geoMercator, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/** A Mercator frame with `object` fitted inside `padding` pixels of margin; the rest is clipped off. */
export function fitFrame(
  object: GeoPermissibleObjects,
  width: number,
  height: number,
  padding: number,
): MapFrame {
  const projection = geoMercator()
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      object,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { width, height, projection };
}

/**
 * The box around some [lng, lat] points, at least `minSpan` degrees each way so that one park, or
 * parks in one spot, still get a readable neighbourhood around them.
 */
export function boxAround(points: [number, number][], minSpan: number): GeoPermissibleObjects {
  const lngs = points.map(([lng]) => lng);
  const lats = points.map(([, lat]) => lat);
  const span = (values: number[]): [number, number] => {
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const half = Math.max(max - min, minSpan) / 2;
    return [(min + max) / 2 - half, (min + max) / 2 + half];
  };
  const [west, east] = span(lngs);
  const [south, north] = span(lats);
  return {
    type: "MultiPoint",
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
}

/** The frame's north-west and south-east corners as [lng, lat]. */
export function frameCorners({ projection, width, height }: MapFrame): [[number, number], [number, number]] {
  return [projection.invert!([0, 0])!, projection.invert!([width, height])!];
}

/** The longest round distance (km) whose scale bar fits in `maxPixels`, and its length in pixels. */
export function scaleBar({ projection, width, height }: MapFrame, maxPixels: number) {
  const [lng, lat] = projection.invert!([width / 2, height / 2])!;
  const [x0] = projection([lng, lat])!;
  const [x1] = projection([lng + 1 / (111.32 * Math.cos((lat * Math.PI) / 180)), lat])!;
  const perKm = Math.abs(x1 - x0);
  const km = [50, 20, 10, 5, 2, 1, 0.5].find((d) => d * perKm <= maxPixels) ?? 0.5;
  return { km, pixels: km * perKm };
}
