import { useLocale, useTranslations } from "next-intl";
import { localize, type Locale } from "@ig/domain";
import type { Localized as LocalizedValue } from "@ig/db";

/**
 * A content field in the page's language. A missing translation shows the English text, marked
 * as such (and tagged lang="en" so screen readers pronounce it right), never a blank.
 */
export function Localized({ value }: { value: LocalizedValue | null | undefined }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("site");
  const { text, isFallback } = localize(value, locale);
  if (!isFallback) return <>{text}</>;
  return (
    <span lang="en">
      {text}{" "}
      <span lang={locale} className="rounded bg-amber-100 px-1 text-xs text-amber-900">
        {t("translationMissing")}
      </span>
    </span>
  );
}

/** Plain text of a content field (for titles and attributes, where no marker fits). */
export function localizedText(value: LocalizedValue | null | undefined, locale: Locale): string {
  return localize(value, locale).text;
}
