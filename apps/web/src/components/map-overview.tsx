import { useTranslations } from "next-intl";
import { bothRegions, regionOutlines, type Region } from "@/geo/region-outlines";
import { fitFrame, frameCorners, type MapFrame } from "@/geo/map-frame";
import { simplifiedPath } from "@/geo/simplified-path";

const width = 640;
const height = 460;
const { projection } = fitFrame(bothRegions, width, height, 12);
const regions = Object.keys(regionOutlines) as Region[];
// The same for every request, so drawn once.
const outlines = Object.fromEntries(
  regions.map((region) => [
    region,
    regionOutlines[region].features.map((f) => simplifiedPath(projection, f, 3)),
  ]),
) as Record<Region, string[]>;
const fills: Record<Region, string> = { sichuan: "fill-slate-200", chongqing: "fill-brand-100" };
// Where each province's name goes: open country near its middle.
const labelAt: Record<Region, [number, number]> = { sichuan: [101.2, 31.6], chongqing: [108.4, 30.6] };

/**
 * Both provinces, with a box where each new area's map zooms in. Orientation only: one image with
 * a text description, and no links (the markers are on the area maps).
 */
export function MapOverview({ insets }: { insets: { label: string; frame: MapFrame }[] }) {
  const t = useTranslations("map");
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="map-overview-title map-overview-desc"
      className="block h-auto w-full"
    >
      <title id="map-overview-title">{t("overview")}</title>
      <desc id="map-overview-desc">{t("overviewDescription")}</desc>
      {regions.map((region) => (
        <g key={region} className={`${fills[region]} stroke-white`} strokeWidth={1}>
          {outlines[region].map((d, index) => (
            <path key={index} d={d} />
          ))}
        </g>
      ))}
      {regions.map((region) => {
        const [x, y] = projection(labelAt[region])!;
        return (
          <text key={region} x={x} y={y} textAnchor="middle" className="fill-slate-700 text-xl font-semibold">
            {t(region)}
          </text>
        );
      })}
      {insets.map(({ label, frame }) => {
        const [northWest, southEast] = frameCorners(frame);
        const [x0, y0] = projection(northWest)!;
        const [x1, y1] = projection(southEast)!;
        return (
          <g key={label} className="stroke-accent-600" strokeWidth={2}>
            <rect x={x0} y={y0} width={Math.max(x1 - x0, 4)} height={Math.max(y1 - y0, 4)} fill="none" />
            {/* Below the box and ending at it: both areas sit east of the middle, so names run west. */}
            <text
              x={x1}
              y={y1 + 20}
              textAnchor="end"
              stroke="none"
              className="fill-slate-900 text-base font-semibold"
            >
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
