import { useLocale, useTranslations } from "next-intl";
import { localize, type Locale } from "@ig/domain";
import type { Localized as LocalizedValue } from "@ig/db";
import { MarkedText } from "./marked-text";

/**
 * A content field in the page's language. A missing translation shows the English text, marked
 * as such (and tagged lang="en" so screen readers pronounce it right), never a blank. `marks`:
 * a search's terms, highlighted in the text.
 */
export function Localized({ value, marks }: { value: LocalizedValue | null | undefined; marks?: string[] }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("site");
  const { text, isFallback } = localize(value, locale);
  const shown = marks ? <MarkedText text={text} marks={marks} /> : text;
  if (!isFallback) return <>{shown}</>;
  return (
    <span lang="en">
      {shown}{" "}
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
