import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parkPageSize, parseParkQuery, type AreaSlug } from "@ig/domain";
import type { ParkPin } from "@ig/db";
import { AreaMap } from "@/components/area-map";
import { ClusterMarkers } from "@/components/cluster-markers";
import { localizedText } from "@/components/localized";
import { MapOverview } from "@/components/map-overview";
import { MapParkList } from "@/components/map-park-list";
import { ParkFilters } from "@/components/park-filters";
import { ParkMarkers, type LocatedPark } from "@/components/park-markers";
import { areaFrame } from "@/geo/area-frame";
import { Link } from "@/i18n/navigation";
import { cachedAreas, cachedFoundParks, cachedIndustries, cachedParkClusters } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { parkQueryPath } from "@/lib/park-query-path";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Up to a page of the parks list the map shows each park, numbered, with the list below (about
// 2 kB of HTML a park); beyond it, it groups them into clusters with counts, so that the page stays
// small however many parks there are.
const parksShownOneByOne = parkPageSize;
const located = (park: ParkPin): park is LocatedPark => park.location !== null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "map" });
  return { title: t("title"), description: t("description") };
}

export default async function MapPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  // The map shows every match, one by one or in clusters: a page number in its URL means nothing to it.
  const query = parseParkQuery(await searchParams);
  const t = await getTranslations({ locale });
  const [found, areas, industries] = await Promise.all([
    cachedFoundParks(query, parksShownOneByOne),
    cachedAreas(),
    cachedIndustries(),
  ]);
  const clustered = found.total > parksShownOneByOne;
  const clusterPanels = clustered ? await cachedParkClusters(query) : [];
  const areaNames = Object.fromEntries(areas.map((a) => [a.slug, localizedText(a.name, locale)]));
  const industryNames = Object.fromEntries(industries.map((i) => [i.slug, localizedText(i.name, locale)]));
  // Per new area, parks with a position first, so that the list numbers match the markers.
  const groups = areas
    .map((area) => ({
      slug: area.slug,
      label: areaNames[area.slug]!,
      parks: found.parks.filter((p) => p.area === area.slug).sort((a, b) => +!located(a) - +!located(b)),
    }))
    .filter((group) => !clustered && group.parks.length > 0);
  const panels = clustered
    ? areas.flatMap((area) => {
        const panel = clusterPanels.find((p) => p.area === area.slug);
        if (!panel?.clusters.length) return [];
        const frame = areaFrame(panel.extent);
        const areaQuery = { ...query, area: area.slug as AreaSlug };
        const markers = <ClusterMarkers frame={frame} clusters={panel.clusters} query={areaQuery} />;
        return [{ slug: area.slug, label: areaNames[area.slug]!, frame, markers }];
      })
    : groups.flatMap((group) => {
        const onMap = group.parks.filter(located);
        if (!onMap.length) return [];
        const frame = areaFrame(onMap.map((p) => [p.location.lng, p.location.lat]));
        return [{ ...group, frame, markers: <ParkMarkers frame={frame} parks={onMap} /> }];
      });
  const unlocated =
    found.total -
    clusterPanels.reduce(
      (sum, panel) => sum + panel.clusters.reduce((n, cluster) => n + cluster.count, 0),
      0,
    );
  return (
    <div className="space-y-8">
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <div className="space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t("map.title")}</h1>
          <p className="text-slate-800">{t("map.description")}</p>
          <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-slate-900">
            {t("map.approximate")}
          </p>
          <ParkFilters
            filter={query}
            search={query.q}
            areaNames={areaNames}
            industryNames={industryNames}
            path="/map"
          />
          <p role="status" className="font-medium" data-testid="result-count">
            {t("parks.count", { count: found.total })}
          </p>
          {query.box && (
            <p>
              {t("map.zoomed")}{" "}
              <Link
                href={parkQueryPath("/map", { ...query, box: undefined })}
                className="text-brand-800 underline"
              >
                {t("map.wholeMap")}
              </Link>
            </p>
          )}
          {clustered && (
            <p className="text-slate-800">
              {t("map.clustered")} {unlocated > 0 && t("map.unlocated", { count: unlocated })}
            </p>
          )}
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
            <AreaMap frame={panel.frame} label={t("map.areaMap", { area: panel.label })}>
              {panel.markers}
            </AreaMap>
          </div>
        </section>
      ))}
      {clustered ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6">
          {t("map.tooManyToList", { limit: parksShownOneByOne })}{" "}
          <Link href={parkQueryPath("/parks", query)} className="text-brand-800 underline">
            {t("map.browseList")}
          </Link>
        </p>
      ) : groups.length ? (
        <MapParkList groups={groups} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6">{t("map.empty")}</p>
      )}
    </div>
  );
}
