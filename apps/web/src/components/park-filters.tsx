import { useTranslations } from "next-intl";
import { areaSlugs, parkTypes, type TParkFilter } from "@ig/domain";
import { FilterForm } from "./filter-form";

/**
 * The parks list's filters (shared by the map), every one of them visible: an industry page links
 * here with its industry chosen, and the visitor sees and can change that choice. Area and
 * industry names come in as props so the form renders without a query of its own.
 */
export function ParkFilters({
  filter,
  areaNames,
  industryNames,
  path = "/parks",
}: {
  filter: TParkFilter;
  areaNames: Record<string, string>;
  /** Label of each industry by slug, in the order the select lists them. */
  industryNames: Record<string, string>;
  /** The page the filters apply to: the parks list, or the map, which shares them. */
  path?: "/parks" | "/map";
}) {
  const t = useTranslations();
  return (
    <FilterForm
      label={t("parks.filters")}
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
        {
          name: "industry",
          label: t("parks.industry"),
          value: filter.industry,
          anyLabel: t("parks.allIndustries"),
          options: Object.entries(industryNames).map(([value, label]) => ({ value, label })),
        },
      ]}
      submitLabel={t("parks.apply")}
      clear={
        filter.area || filter.type || filter.industry ? { href: path, label: t("parks.clear") } : undefined
      }
    />
  );
}
