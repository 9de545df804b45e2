import { useLocale, useTranslations } from "next-intl";
import { formatFigure, type Locale } from "@ig/domain";
import type { FigureView } from "@ig/db";
import { Localized, localizedText } from "./localized";
import { SourceNote } from "./source-note";

/** Figures as value, label, period and source: a figure is never shown without the last two. */
export function FigureList({ figures }: { figures: FigureView[] }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("figure");
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {figures.map((figure) => (
        <li key={figure.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-2xl font-semibold text-brand-800">{formatFigure(figure, locale)}</p>
          <p className="mt-1 text-slate-800">
            <Localized value={figure.label} />
          </p>
          <p className="mt-2 text-sm text-slate-700">
            {t("period", { period: localizedText(figure.period, locale) })}
          </p>
          <p className="text-sm text-slate-700">
            <SourceNote source={figure.source} />
          </p>
        </li>
      ))}
    </ul>
  );
}
