import "server-only";
import type { TParkQuery } from "@ig/domain";
import { listParkPositions } from "@ig/db";
import { areaFrame } from "@/geo/area-frame";
import { clusterPoints, type Cluster } from "@/geo/cluster-points";

/** One new area's map of clusters: the points its frame is fitted to, and the clusters on it. */
export interface ClusterPanel {
  area: string;
  extent: [number, number][];
  clusters: Cluster[];
}

// Cells of 100 units: at most 10 × 5 markers on a 960 × 440 area map, each with room for its count
// (markup of 1–2 kB a marker, the page's inline data included: about 100 kB for both area maps).
const cell = 100;

/**
 * The parks a query finds, grouped into clusters on each new area's map: a few kilobytes however
 * many parks there are (only this is cached, never the positions themselves). A box zoomed into
 * is the frame; otherwise the area's parks are.
 */
export async function listParkClusters(query: TParkQuery): Promise<ClusterPanel[]> {
  const positions = await listParkPositions(query);
  return Object.entries(positions).map(([area, points]) => {
    const extent: [number, number][] = query.box
      ? [
          [query.box.west, query.box.south],
          [query.box.east, query.box.north],
        ]
      : corners(points);
    return { area, extent, clusters: clusterPoints(points, areaFrame(extent), cell) };
  });
}

function corners(points: [number, number][]): [number, number][] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of points) {
    [west, east] = [Math.min(west, lng), Math.max(east, lng)];
    [south, north] = [Math.min(south, lat), Math.max(north, lat)];
  }
  return [
    [west, south],
    [east, north],
  ];
}
