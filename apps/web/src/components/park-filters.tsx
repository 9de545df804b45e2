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
  search,
  areaNames,
  industryNames,
  path = "/parks",
}: {
  filter: Pick<TParkFilter, "area" | "type" | "industry">;
  /** The words searched for, where the page searches (the map): shows a search field. */
  search?: string;
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
      search={search === undefined ? undefined : { name: "q", label: t("parks.words"), value: search }}
      submitLabel={t("parks.apply")}
      clear={
        filter.area || filter.type || filter.industry || search
          ? { href: path, label: t("parks.clear") }
          : undefined
      }
    />
  );
}
