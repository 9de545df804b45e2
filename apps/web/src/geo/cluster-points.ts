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
 * draws at most (width / cell) × (height / cell) markers however many points there are; then
 * merges groups whose markers would stand closer than `cell` × 0.6 (parks on both sides of a cell's
 * edge), biggest first. Clusters come out north to south, then west to east, numbered in that order.
 */
export function clusterPoints(points: [number, number][], frame: MapFrame, cell: number): Cluster[] {
  const cells = new Map<string, Sums>();
  for (const [lng, lat] of points) {
    const [x, y] = frame.projection([lng, lat])!;
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const point = { count: 1, lng, lat, box: { west: lng, east: lng, south: lat, north: lat } };
    cells.set(key, add(cells.get(key), point));
  }
  const merged: (Sums & { x: number; y: number })[] = [];
  for (const group of [...cells.values()].sort((a, b) => b.count - a.count)) {
    const [x, y] = frame.projection([group.lng / group.count, group.lat / group.count])!;
    const near = merged.find((other) => Math.hypot(other.x - x, other.y - y) < cell * 0.6);
    if (!near) merged.push({ ...group, x, y });
    else Object.assign(near, add(near, group));
  }
  return merged
    .map(({ count, lng, lat, box }) => ({ count, at: [lng / count, lat / count] as [number, number], box }))
    .sort((a, b) => b.at[1] - a.at[1] || a.at[0] - b.at[0]);
}

/** Points summed up: their count, the sums of their coordinates and the box around them. */
type Sums = { count: number; lng: number; lat: number; box: TMapBox };

function add(sums: Sums | undefined, more: Sums): Sums {
  if (!sums) return more;
  return {
    count: sums.count + more.count,
    lng: sums.lng + more.lng,
    lat: sums.lat + more.lat,
    box: {
      west: Math.min(sums.box.west, more.box.west),
      east: Math.max(sums.box.east, more.box.east),
      south: Math.min(sums.box.south, more.box.south),
      north: Math.max(sums.box.north, more.box.north),
    },
  };
}
