import { useTranslations } from "next-intl";
import type { ParkPin } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { Localized } from "./localized";

/**
 * The map as a list: the same parks, numbered as on the map, each a link. For screen readers, small
 * screens and anyone who would rather read than aim at a marker.
 */
export function MapParkList({ groups }: { groups: { label: string; parks: ParkPin[] }[] }) {
  const t = useTranslations();
  const notes = (park: ParkPin) => [
    t(`parkType.${park.type}`),
    ...(park.location === null ? [t("map.noPosition")] : []),
    ...(park.location?.approximate ? [t("map.approximateShort")] : []),
  ];
  return (
    <section aria-labelledby="map-list" className="space-y-4">
      <h2 id="map-list" className="text-xl font-semibold text-brand-900">
        {t("map.listHeading")}
      </h2>
      {groups.map(({ label, parks }) => (
        <div key={label}>
          <h3 className="font-semibold">{label}</h3>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {parks.map((park) => (
              <li key={park.slug}>
                <Link href={`/parks/${park.slug}`} className="text-brand-800 underline">
                  <Localized value={park.name} />
                </Link>
                <span className="text-sm text-slate-700"> · {notes(park).join(" · ")}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
