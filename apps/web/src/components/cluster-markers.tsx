import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TParkQuery } from "@ig/domain";
import type { Cluster } from "@/geo/cluster-points";
import type { MapFrame } from "@/geo/map-frame";
import { parkQueryPath } from "@/lib/park-query-path";
import { MapMarker } from "./map-marker";

/**
 * Clusters of parks as markers with their counts (larger for more parks), each a link to the map
 * zoomed into its parks with the same filters, where they spread out or show one by one.
 */
export function ClusterMarkers({
  frame,
  clusters,
  query,
}: {
  frame: MapFrame;
  clusters: Cluster[];
  query: TParkQuery;
}) {
  const t = useTranslations("map");
  const format = useFormatter();
  const locale = useLocale();
  return clusters.map((cluster, index) => {
    const label = t("cluster", { number: index + 1, count: cluster.count });
    return (
      <MapMarker
        key={`${cluster.at}`}
        at={frame.projection(cluster.at)!}
        href={`/${locale}${parkQueryPath("/map", { ...query, box: cluster.box })}`}
        label={label}
        text={format.number(cluster.count)}
        radius={Math.min(14 + 4 * Math.log10(cluster.count), 30)}
      />
    );
  });
}
