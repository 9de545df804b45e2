import { useTranslations } from "next-intl";
import { areaSlugs, parkTypes, type TParkFilter } from "@ig/domain";
import { FilterForm } from "./filter-form";

/**
 * The parks list's filters (shared by the map). Area names come in as a prop so the form renders
 * without a query of its own; industry is kept when set from an industry page's link.
 */
export function ParkFilters({
  filter,
  areaNames,
  path = "/parks",
}: {
  filter: TParkFilter;
  areaNames: Record<string, string>;
  /** The page the filters apply to: the parks list, or the map, which shares them. */
  path?: "/parks" | "/map";
}) {
  const t = useTranslations();
  return (
    <FilterForm
      label={t("parks.filters")}
      hidden={{ industry: filter.industry }}
      selects={[
        {
          name: "area",
          label: t("parks.area"),
          value: filter.area,
          anyLabel: t("parks.allAreas"),
          options: areaSlugs.map((slug) => ({ value: slug, label: areaNames[slug] ?? slug })),
        },
        {
          name: "type",
          label: t("parks.type"),
          value: filter.type,
          anyLabel: t("parks.allTypes"),
          options: parkTypes.map((type) => ({ value: type, label: t(`parkType.${type}`) })),
        },
      ]}
      submitLabel={t("parks.apply")}
      clear={
        filter.area || filter.type || filter.industry ? { href: path, label: t("parks.clear") } : undefined
      }
    />
  );
}
