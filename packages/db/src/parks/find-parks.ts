import type { TParkQuery } from "@ig/domain";
import { db } from "../client.ts";
import { toLocation, type Localized } from "../dto.ts";
import { parkConditions, parkOrder } from "./park-conditions.ts";

/** What the map draws of a park and the comparison's "add a park" lists: name, kind and place. */
export interface ParkPin {
  slug: string;
  name: Localized;
  type: string;
  area: string;
  location: { lat: number; lng: number; approximate: boolean } | null;
}

/**
 * The first `limit` published parks a query finds (best first, see parkOrder) and how many it
 * finds in all, so that a page lists a bounded number and says when to narrow the search.
 */
export async function findParks(
  query: TParkQuery,
  limit: number,
): Promise<{ total: number; parks: ParkPin[] }> {
  const rows = await db().$queryRaw<
    (Omit<ParkPin, "location"> & {
      lat: number | null;
      lng: number | null;
      approximate: boolean;
      total: number;
    })[]
  >`
    SELECT x.slug, x.name, x.type, a.slug AS area, x.lat, x.lng, x."locationApproximate" AS approximate,
      (count(*) OVER ())::int AS total
    FROM "Park" x JOIN "Area" a ON a.id = x."areaId"
    WHERE ${parkConditions(query)}
    ORDER BY ${parkOrder(query)}
    LIMIT ${limit}`;
  return {
    total: rows[0]?.total ?? 0,
    parks: rows.map(({ lat, lng, approximate, total: _total, ...park }) => ({
      ...park,
      location: toLocation({ lat, lng, locationApproximate: approximate }),
    })),
  };
}
