import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@ig/domain";
import type { ParkPin } from "@ig/db";
import type { MapFrame } from "@/geo/map-frame";
import { localizedText } from "./localized";
import { MapMarker } from "./map-marker";

export type LocatedPark = ParkPin & { location: NonNullable<ParkPin["location"]> };

/** One new area's parks as numbered markers, in the same order and numbers as the list below the map. */
export function ParkMarkers({ frame, parks }: { frame: MapFrame; parks: LocatedPark[] }) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  return parks.map((park, index) => {
    const title = localizedText(park.name, locale);
    const name = `${index + 1}. ${title}`;
    return (
      <MapMarker
        key={park.slug}
        at={frame.projection([park.location.lng, park.location.lat])!}
        href={`/${locale}/parks/${park.slug}`}
        label={park.location.approximate ? t("marker", { name }) : name}
        title={title}
        text={String(index + 1)}
      />
    );
  });
}
