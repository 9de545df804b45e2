import { useFormatter, useLocale, useTranslations } from "next-intl";
import { comparisonCell, comparisonFields, type ComparisonLine, type Locale } from "@ig/domain";
import type { ParkDetail } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { comparisonLabels } from "@/lib/comparison-labels";
import { Localized, localizedText } from "./localized";

/**
 * Parks as columns, the same fields as rows. On a narrow screen the table scrolls sideways inside
 * a focusable, labelled region, so keyboard users can scroll it too.
 */
export function ComparisonTable({ parks }: { parks: ParkDetail[] }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const labels = comparisonLabels(t, useFormatter());
  const without = (slug: string) => parks.filter((p) => p.slug !== slug).map((p) => p.slug);
  return (
    <div
      role="region"
      aria-label={t("compare.tableRegion")}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="min-w-[44rem] border-collapse text-left align-top">
        <caption className="px-4 pt-3 text-left font-medium text-slate-800">
          {t("compare.caption", { count: parks.length })}
        </caption>
        <thead>
          <tr className="border-b border-slate-200">
            <td className="w-40" />
            {parks.map((park) => (
              <th key={park.slug} scope="col" className="min-w-52 px-4 py-3 align-top">
                <Link href={`/parks/${park.slug}`} className="text-lg font-semibold text-brand-800 underline">
                  <Localized value={park.name} />
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparisonFields.map((field) => (
            <tr key={field} className="border-b border-slate-200 last:border-0">
              <th scope="row" className="bg-slate-50 px-4 py-3 align-top text-sm font-semibold">
                {t(`compare.field.${field}`)}
              </th>
              {parks.map((park) => (
                <td key={park.slug} className="px-4 py-3 align-top text-sm text-slate-800">
                  <Lines
                    lines={comparisonCell(park, field, locale, labels)}
                    empty={t("compare.notRecorded")}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {/* Removing sits below the table, not in the column headers that screen readers repeat. */}
        <tfoot>
          <tr>
            <td />
            {parks.map((park) => (
              <td key={park.slug} className="px-4 pb-3">
                <Link
                  href={`/compare?parks=${without(park.slug).join(",")}`}
                  aria-label={t("compare.removeLabel", { park: localizedText(park.name, locale) })}
                  className="text-sm text-slate-700 underline"
                >
                  {t("compare.remove")}
                </Link>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Lines({ lines, empty }: { lines: ComparisonLine[]; empty: string }) {
  const locale = useLocale() as Locale;
  if (!lines.length) return <span className="text-slate-700">{empty}</span>;
  // Through <Localized> so that an English fallback gets the same visible marker as elsewhere.
  const text = (line: ComparisonLine) => (
    <Localized value={line.isFallback ? { en: line.text } : { [locale]: line.text }} />
  );
  if (lines.length === 1) return text(lines[0]!);
  return (
    <ul className="list-disc space-y-1 pl-4">
      {lines.map((line, index) => (
        <li key={index}>{text(line)}</li>
      ))}
    </ul>
  );
}
