import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@ig/domain";
import type { ParkCard } from "@ig/db";
import { localizedText } from "./localized";

/**
 * Adds one park to the comparison on screen as a plain GET form (the chosen parks ride along as
 * repeated `parks` values), so building a comparison needs no JavaScript.
 */
export function CompareAddForm({ compared, parks }: { compared: string[]; parks: ParkCard[] }) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const choices = parks.filter((park) => !compared.includes(park.slug));
  return (
    <form method="get" aria-labelledby="add-park" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-park" className="text-lg font-semibold text-brand-900">
        {t("addHeading")}
      </h2>
      {compared.map((slug) => (
        <input key={slug} type="hidden" name="parks" value={slug} />
      ))}
      <div className="mt-2 flex flex-wrap items-end gap-4">
        <label className="min-w-64 flex-1">
          <span className="text-sm font-medium">{t("addLabel")}</span>
          <select
            name="parks"
            required
            defaultValue=""
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("addChoose")}</option>
            {choices.map((park) => (
              <option key={park.slug} value={park.slug}>
                {localizedText(park.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("addSubmit")}
        </button>
      </div>
    </form>
  );
}
