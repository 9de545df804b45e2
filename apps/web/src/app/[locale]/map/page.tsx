import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parseParkFilter } from "@ig/domain";
import type { ParkCard } from "@ig/db";
import { AreaMap, type LocatedPark } from "@/components/area-map";
import { localizedText } from "@/components/localized";
import { MapOverview } from "@/components/map-overview";
import { MapParkList } from "@/components/map-park-list";
import { ParkFilters } from "@/components/park-filters";
import { boxAround, fitFrame } from "@/geo/map-frame";
import { cachedAreas, cachedIndustries, cachedParks } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// An area map is drawn 960 × 440 units, about its size on a laptop (markers stay ≥ 24 px targets),
// and shows at least 0.05° (about 5 km) around its parks.
const areaMapSize = { width: 960, height: 440, padding: 40, minSpan: 0.05 };
const located = (park: ParkCard): park is LocatedPark => park.location !== null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "map" });
  return { title: t("title"), description: t("description") };
}

export default async function MapPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  // The map shows every match on one page: a page number in its URL means nothing to it.
  const filter = parseParkFilter({ ...(await searchParams), page: undefined }) ?? notFound();
  const t = await getTranslations({ locale });
  const [parks, areas, industries] = await Promise.all([
    cachedParks(filter),
    cachedAreas(),
    cachedIndustries(),
  ]);
  const areaNames = Object.fromEntries(areas.map((a) => [a.slug, localizedText(a.name, locale)]));
  const industryNames = Object.fromEntries(industries.map((i) => [i.slug, localizedText(i.name, locale)]));
  // Per new area, parks with a position first, so that the list numbers match the markers.
  const groups = areas
    .map((area) => ({
      slug: area.slug,
      label: areaNames[area.slug]!,
      parks: parks.filter((p) => p.area.slug === area.slug).sort((a, b) => +!located(a) - +!located(b)),
    }))
    .filter((group) => group.parks.length > 0);
  const panels = groups.flatMap((group) => {
    const onMap = group.parks.filter(located);
    if (!onMap.length) return [];
    const { width, height, padding, minSpan } = areaMapSize;
    const box = boxAround(
      onMap.map((p) => [p.location.lng, p.location.lat]),
      minSpan,
    );
    return [{ ...group, parks: onMap, frame: fitFrame(box, width, height, padding) }];
  });
  return (
    <div className="space-y-8">
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <div className="space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t("map.title")}</h1>
          <p className="text-slate-800">{t("map.description")}</p>
          <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-slate-900">
            {t("map.approximate")}
          </p>
          <ParkFilters filter={filter} areaNames={areaNames} industryNames={industryNames} path="/map" />
          <p role="status" className="font-medium" data-testid="result-count">
            {t("parks.count", { count: parks.length })}
          </p>
        </div>
        {panels.length > 0 && (
          <figure className="rounded-lg border border-slate-200 bg-white p-3">
            <MapOverview insets={panels.map(({ label, frame }) => ({ label, frame }))} />
            <figcaption className="mt-2 text-xs text-slate-700">{t("map.geoSource")}</figcaption>
          </figure>
        )}
      </div>
      {panels.map((panel) => (
        <section key={panel.slug} aria-labelledby={`map-${panel.slug}`}>
          <h2 id={`map-${panel.slug}`} className="text-xl font-semibold text-brand-900">
            {t("map.areaMap", { area: panel.label })}
          </h2>
          <div className="mt-2 overflow-hidden rounded-lg border border-slate-200">
            <AreaMap
              frame={panel.frame}
              parks={panel.parks}
              label={t("map.areaMap", { area: panel.label })}
            />
          </div>
        </section>
      ))}
      {groups.length ? (
        <MapParkList groups={groups} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6">{t("map.empty")}</p>
      )}
    </div>
  );
}
