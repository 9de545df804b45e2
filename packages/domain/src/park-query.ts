import type { z } from "zod";
import { ZParkFilter } from "./park-filter.ts";
import { firstValues, type SearchParams } from "./search-params.ts";
import { parseSearchQuery } from "./search-query.ts";

/** Part of the map in degrees (WGS 84), west < east and south < north. */
export interface TMapBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The parks the map and the comparison's "add a park" look for: the parks list's filters, words
 * searched as the site search reads them (`q`, empty for none) and, on the map, the part of it
 * zoomed into (`box`).
 */
export type TParkQuery = z.infer<typeof ZParkFilter> & { q: string; box?: TMapBox };

// A coordinate as the map's own links write it: at most 6 decimals (about 0.1 m).
const coordinate = /^-?\d{1,3}(\.\d{1,6})?$/;

/**
 * The `box` URL parameter ("west,south,east,north", what a cluster on the map links to), or
 * undefined for anything else: like the other filters, a malformed one is dropped, not refused.
 */
export function parseMapBox(value: string | undefined): TMapBox | undefined {
  const parts = value?.split(",") ?? [];
  if (parts.length !== 4 || !parts.every((part) => coordinate.test(part))) return undefined;
  const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
  const valid = -180 <= west && west < east && east <= 180 && -90 <= south && south < north && north <= 90;
  return valid ? { west, south, east, north } : undefined;
}

/** The box as its URL parameter, rounded outwards to 4 decimals so that it keeps every park inside. */
export function formatMapBox({ west, south, east, north }: TMapBox): string {
  const down = (value: number) => (Math.floor(value * 1e4) / 1e4).toFixed(4);
  const up = (value: number) => (Math.ceil(value * 1e4) / 1e4).toFixed(4);
  return [down(west), down(south), up(east), up(north)].join(",");
}

/** The map's or the comparison's park query from its URL parameters; never fails. */
export function parseParkQuery(params: SearchParams): TParkQuery {
  const values = firstValues(params);
  const box = parseMapBox(values.box);
  return { ...ZParkFilter.parse(values), q: parseSearchQuery(params).q, ...(box && { box }) };
}
