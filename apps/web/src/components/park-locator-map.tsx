import { useTranslations } from "next-intl";
import { boxAround, fitFrame } from "@/geo/map-frame";
import { bothRegions } from "@/geo/region-outlines";
import { simplifiedPath } from "@/geo/simplified-path";

const width = 320;
const height = 200;
// Degrees of neighbourhood around the park: enough to show the districts around it.
const span = 1.6;

/**
 * A small map of the districts around one park with the park marked: on the park page and on its
 * printed fact sheet. Drawn from the bundled outlines, so it needs no network; no links.
 */
export function ParkLocatorMap({
  name,
  location,
}: {
  name: string;
  location: { lat: number; lng: number; approximate: boolean };
}) {
  const t = useTranslations("park");
  const frame = fitFrame(boxAround([[location.lng, location.lat]], span), width, height, 8);
  const [x, y] = frame.projection([location.lng, location.lat])!;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t(location.approximate ? "mapLabelApproximate" : "mapLabel", { name })}
      className="block h-auto w-full max-w-xs rounded border border-slate-200 bg-sky-50 print:max-w-[60mm]"
    >
      <g className="fill-slate-100 stroke-slate-400" strokeWidth={1}>
        {bothRegions.features.map((feature, index) => (
          <path key={`${feature.id ?? index}`} d={simplifiedPath(frame.projection, feature)} />
        ))}
      </g>
      <circle cx={x} cy={y} r={9} className="fill-accent-600 stroke-white" strokeWidth={3} />
    </svg>
  );
}
