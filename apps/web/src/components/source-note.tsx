import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@ig/domain";
import type { SourceView } from "@ig/db";
import { localizedText } from "./localized";

/**
 * "Source: <document>, <date>" at the precision the source gives its date; the document links to
 * its web address when it has one (http or https: the only kinds staff can enter).
 */
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
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return (
    <>
      {t.rich("sourceDated", {
        title: `${title}${publisher}`,
        date: formatted,
        doc: (document) =>
          url ? (
            <a href={url} className="underline" rel="noopener noreferrer">
              {document}
            </a>
          ) : (
            document
          ),
      })}
    </>
  );
}
