import { boxAround, fitFrame, type MapFrame } from "./map-frame";

// An area map is drawn 960 × 440 units, about its size on a laptop (markers stay ≥ 24 px targets),
// and shows at least 0.05° (about 5 km) around its parks.
const width = 960;
const height = 440;
const padding = 40;
const minSpan = 0.05;

/** The frame of one new area's map around these [lng, lat] points (its parks, or a box's corners). */
export function areaFrame(points: [number, number][]): MapFrame {
  return fitFrame(boxAround(points, minSpan), width, height, padding);
}
