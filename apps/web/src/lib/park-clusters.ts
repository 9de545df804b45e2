import "server-only";
import type { TParkQuery } from "@ig/domain";
import { listParkPositions } from "@ig/db";
import { areaFrame } from "@/geo/area-frame";
import { clusterPoints, type Cluster } from "@/geo/cluster-points";
import type { MapFrame } from "@/geo/map-frame";

/** One new area's map of clusters: the points its frame is fitted to, and the clusters on it. */
export interface ClusterPanel {
  area: string;
  extent: [number, number][];
  clusters: Cluster[];
}

// Markers stand at least 100 units apart on a 960 × 440 area map, with room for their counts, and
// an area map has 25 at most (about 1.4 kB of HTML each, the page's inline data included): when
// parks spread evenly, the cells grow until so few remain.
const minCell = 100;
const maxClusters = 25;

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
    return { area, extent, clusters: fewClusters(points, areaFrame(extent)) };
  });
}

function fewClusters(points: [number, number][], frame: MapFrame): Cluster[] {
  for (let cell = minCell; ; cell *= 1.25) {
    const clusters = clusterPoints(points, frame, cell);
    if (clusters.length <= maxClusters) return clusters;
  }
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
