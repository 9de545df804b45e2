import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStreamWrapper } from "d3-geo";

/**
 * The SVG path of `object` in whole pixels and relative moves, leaving out every vertex closer
 * than `tolerance` pixels to the last one kept: at map scale they are invisible, and dropping them
 * keeps the page small (the source outlines have thousands of points).
 */
export function simplifiedPath(
  projection: GeoStreamWrapper,
  object: GeoPermissibleObjects,
  tolerance = 2,
): string {
  let path = "";
  let x0 = 0;
  let y0 = 0;
  const context: GeoContext = {
    beginPath() {},
    moveTo(x: number, y: number) {
      [x0, y0] = [Math.round(x), Math.round(y)];
      path += `M${x0} ${y0}`;
    },
    lineTo(x: number, y: number) {
      const [x1, y1] = [Math.round(x), Math.round(y)];
      if (Math.hypot(x1 - x0, y1 - y0) < tolerance) return;
      path += `l${x1 - x0} ${y1 - y0}`;
      [x0, y0] = [x1, y1];
    },
    closePath() {
      path += "z";
    },
    arc() {}, // only for Point geometries, which the outlines do not have
  };
  geoPath(projection, context)(object);
  return path;
}
