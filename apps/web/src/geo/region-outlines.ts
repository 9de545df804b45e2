// The outlines the map is drawn on: Sichuan by prefecture and Chongqing by district and county.
// They come from the npm package china-geojson 1.0.0 (MIT licence; antvis, after the ECharts map
// data) and are bundled with the server, so the map needs no tile server, CDN or other network.
import type { ExtendedFeatureCollection } from "d3-geo";
import chongqing from "china-geojson/src/geojson/chong_qing_geo.json";
import sichuan from "china-geojson/src/geojson/si_chuan_geo.json";

export const regionOutlines = {
  sichuan: sichuan as unknown as ExtendedFeatureCollection,
  chongqing: chongqing as unknown as ExtendedFeatureCollection,
};
export type Region = keyof typeof regionOutlines;

/** Both provinces as one collection, to fit the overview to. */
export const bothRegions: ExtendedFeatureCollection = {
  type: "FeatureCollection",
  features: [...regionOutlines.sichuan.features, ...regionOutlines.chongqing.features],
};
