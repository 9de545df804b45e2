import { useTranslations } from "next-intl";
import { regionOutlines } from "@/geo/region-outlines";
import { scaleBar, type MapFrame } from "@/geo/map-frame";
import { simplifiedPath } from "@/geo/simplified-path";

/**
 * One new area's map: the district outlines and a scale bar around its markers (`children`, drawn
 * in the frame's units: ParkMarkers or ClusterMarkers).
 */
export function AreaMap({
  frame,
  label,
  children,
}: {
  frame: MapFrame;
  label: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("map");
  const { width, height, projection } = frame;
  const scale = scaleBar(frame, width / 5);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} aria-label={label} className="block h-auto w-full bg-sky-50">
      <g aria-hidden="true" className="fill-slate-100 stroke-slate-400" strokeWidth={1}>
        {Object.values(regionOutlines).flatMap((region) =>
          region.features.map((feature, index) => (
            <path key={`${feature.id ?? index}`} d={simplifiedPath(projection, feature)} />
          )),
        )}
      </g>
      {children}
      <g
        aria-hidden="true"
        transform={`translate(16 ${height - 16})`}
        className="fill-slate-800 stroke-slate-800"
      >
        <path d={`M0 -6v6h${scale.pixels.toFixed(1)}v-6`} fill="none" strokeWidth={2} />
        <text x={0} y={-12} stroke="none" className="text-sm">
          {t("scale", { km: scale.km })}
        </text>
      </g>
    </svg>
  );
}
