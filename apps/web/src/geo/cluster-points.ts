import type { TMapBox } from "@ig/domain";
import type { MapFrame } from "./map-frame";

/** Parks near one another on a map, drawn as one marker with their count. */
export interface Cluster {
  count: number;
  /** Where the marker stands: the parks' mean position, [lng, lat]. */
  at: [number, number];
  /** The box around the parks, which the marker zooms into. */
  box: TMapBox;
}

/**
 * Groups [lng, lat] points by the square of `cell` pixels they fall in on the frame, so that a map
 * draws at most (width / cell) × (height / cell) markers however many points there are. Clusters
 * come out west to east, then north to south, in a stable order for their numbers.
 */
export function clusterPoints(points: [number, number][], frame: MapFrame, cell: number): Cluster[] {
  const cells = new Map<
    string,
    { count: number; lng: number; lat: number; box: TMapBox; x: number; y: number }
  >();
  for (const [lng, lat] of points) {
    const [px, py] = frame.projection([lng, lat])!;
    const [x, y] = [Math.floor(px / cell), Math.floor(py / cell)];
    const found = cells.get(`${x},${y}`);
    if (!found) {
      cells.set(`${x},${y}`, {
        count: 1,
        lng,
        lat,
        box: { west: lng, east: lng, south: lat, north: lat },
        x,
        y,
      });
      continue;
    }
    found.count += 1;
    found.lng += lng;
    found.lat += lat;
    found.box = {
      west: Math.min(found.box.west, lng),
      east: Math.max(found.box.east, lng),
      south: Math.min(found.box.south, lat),
      north: Math.max(found.box.north, lat),
    };
  }
  return [...cells.values()]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ count, lng, lat, box }) => ({ count, at: [lng / count, lat / count], box }));
}
