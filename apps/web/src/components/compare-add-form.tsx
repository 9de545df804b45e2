import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@ig/domain";
import type { ParkPin } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { comparePath } from "@/lib/compare-path";
import { localizedText } from "./localized";

/**
 * Adds a park to the comparison on screen without JavaScript: a GET form searches the parks (the
 * chosen ones ride along in `parks`), and each park found is a link to the comparison with it
 * added. Only the first few found are listed, with how many more there are, however many parks
 * the portal has.
 */
export function CompareAddForm({
  compared,
  q,
  found,
}: {
  compared: string[];
  q: string;
  /** What `q` finds, other than the parks compared; null before a search. */
  found: { total: number; parks: ParkPin[] } | null;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="add-park" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-park" className="text-lg font-semibold text-brand-900">
        {t("compare.addHeading")}
      </h2>
      <form
        method="get"
        role="search"
        aria-labelledby="add-park"
        className="mt-2 flex flex-wrap items-end gap-4"
      >
        {compared.length > 0 && <input type="hidden" name="parks" value={compared.join(",")} />}
        <label className="min-w-64 flex-1">
          <span className="text-sm font-medium">{t("compare.addSearchLabel")}</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            required
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("compare.addSearchSubmit")}
        </button>
      </form>
      {found && found.parks.length === 0 && (
        <p role="status" className="mt-3">
          {t("compare.addNone", { q })}
        </p>
      )}
      {found && found.parks.length > 0 && (
        <>
          <p role="status" className="mt-3 font-medium">
            {found.total > found.parks.length
              ? t("compare.addMore", { total: format.number(found.total), shown: found.parks.length })
              : t("parks.count", { count: found.total })}
          </p>
          <ul className="mt-2 space-y-1">
            {found.parks.map((park) => (
              <li key={park.slug}>
                <Link href={comparePath([...compared, park.slug])} className="text-brand-800 underline">
                  {t("compare.addPark", { park: localizedText(park.name, locale) })}
                </Link>
                <span className="text-sm text-slate-700"> · {t(`parkType.${park.type}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
