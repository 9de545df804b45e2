import { useLocale, useTranslations } from "next-intl";

/** The header's one search box: a plain GET form to /{locale}/search, so it works without JavaScript. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useTranslations("search");
  const locale = useLocale();
  return (
    <form
      role="search"
      action={`/${locale}/search`}
      method="get"
      className="flex min-w-60 flex-1 gap-2 sm:max-w-md"
    >
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        className="w-full rounded-md border border-slate-400 px-3 py-1.5"
      />
      <button
        type="submit"
        className="whitespace-nowrap rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
      >
        {t("submit")}
      </button>
    </form>
  );
}
