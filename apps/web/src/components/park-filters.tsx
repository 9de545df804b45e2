import { useTranslations } from "next-intl";
import { areaSlugs, parkTypes, type TParkFilter } from "@ig/domain";
import { Link } from "@/i18n/navigation";

/**
 * A plain GET form: the filters live in the URL (shareable, back button works) and need no
 * JavaScript. Area names come from the messages so the form renders without a query.
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
  const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
  return (
    <form
      method="get"
      aria-label={t("parks.filters")}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-area" className="text-sm font-medium">
          {t("parks.area")}
        </label>
        <select id="filter-area" name="area" defaultValue={filter.area ?? ""} className={selectClass}>
          <option value="">{t("parks.allAreas")}</option>
          {areaSlugs.map((slug) => (
            <option key={slug} value={slug}>
              {areaNames[slug] ?? slug}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-type" className="text-sm font-medium">
          {t("parks.type")}
        </label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""} className={selectClass}>
          <option value="">{t("parks.allTypes")}</option>
          {parkTypes.map((type) => (
            <option key={type} value={type}>
              {t(`parkType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("parks.apply")}
      </button>
      {(filter.area || filter.type) && (
        <Link href={path} className="py-2 text-brand-800 underline">
          {t("parks.clear")}
        </Link>
      )}
    </form>
  );
}
