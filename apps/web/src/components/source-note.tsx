import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@ig/domain";
import type { SourceView } from "@ig/db";
import { localizedText } from "./localized";

/** "Source: <document>, <date>" at the precision the source gives its date. */
export function SourceNote({ source }: { source: SourceView }) {
  const t = useTranslations("figure");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const date = new Date(`${source.publishedOn}T00:00:00Z`);
  const precision = source.datePrecision;
  const formatted = format.dateTime(date, {
    year: "numeric",
    month: precision === "year" ? undefined : "long",
    day: precision === "day" ? "numeric" : undefined,
    timeZone: "UTC",
  });
  const title = localizedText(source.title, locale);
  const publisher = source.publisher ? ` (${localizedText(source.publisher, locale)})` : "";
  return <>{t("sourceDated", { title: `${title}${publisher}`, date: formatted })}</>;
}
