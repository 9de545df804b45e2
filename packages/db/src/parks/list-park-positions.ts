import type { TParkQuery } from "@ig/domain";
import { db } from "../client.ts";
import { parkConditions } from "./park-conditions.ts";

/**
 * The position ([lng, lat], degrees) of every published park a query finds that has one, by
 * new area's slug: only numbers, so that the map can group thousands of parks into clusters.
 */
export async function listParkPositions(query: TParkQuery): Promise<Record<string, [number, number][]>> {
  const rows = await db().$queryRaw<{ area: string; positions: [number, number][] }[]>`
    SELECT a.slug AS area, json_agg(json_build_array(x.lng, x.lat)) AS positions
    FROM "Park" x JOIN "Area" a ON a.id = x."areaId"
    WHERE ${parkConditions(query)} AND x.lat IS NOT NULL AND x.lng IS NOT NULL
    GROUP BY a.slug`;
  return Object.fromEntries(rows.map((row) => [row.area, row.positions]));
}
