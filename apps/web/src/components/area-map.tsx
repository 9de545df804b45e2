import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@ig/domain";
import type { ParkCard } from "@ig/db";
import { regionOutlines } from "@/geo/region-outlines";
import { scaleBar, type MapFrame } from "@/geo/map-frame";
import { simplifiedPath } from "@/geo/simplified-path";
import { localizedText } from "./localized";

export type LocatedPark = ParkCard & { location: NonNullable<ParkCard["location"]> };

/**
 * One new area's parks as numbered markers over the district outlines. Each marker is a plain
 * link (no script), in the same order and with the same number as the list below the map.
 */
export function AreaMap({ frame, parks, label }: { frame: MapFrame; parks: LocatedPark[]; label: string }) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
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
      {parks.map((park, index) => {
        const [x, y] = projection([park.location.lng, park.location.lat])!;
        const name = `${index + 1}. ${localizedText(park.name, locale)}`;
        return (
          <a
            key={park.slug}
            href={`/${locale}/parks/${park.slug}`}
            aria-label={park.location.approximate ? t("marker", { name }) : name}
            className="group outline-none"
          >
            <title>{localizedText(park.name, locale)}</title>
            {/* The focus ring: a wide amber halo, since an SVG link draws no outline of its own. */}
            <circle
              cx={x}
              cy={y}
              r={19}
              className="fill-none stroke-accent-600 opacity-0 group-focus-visible:opacity-100"
              strokeWidth={4}
            />
            <circle
              cx={x}
              cy={y}
              r={13}
              className="fill-brand-700 stroke-white group-hover:fill-brand-900"
              strokeWidth={2}
            />
            <text
              x={x}
              y={y}
              dy="0.35em"
              textAnchor="middle"
              aria-hidden="true"
              className="fill-white text-xs font-semibold"
            >
              {index + 1}
            </text>
          </a>
        );
      })}
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
