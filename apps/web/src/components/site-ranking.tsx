import { useTranslations } from "next-intl";
import type { RankedSite } from "@ig/domain";
import type { SiteCandidateView } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { FigureList } from "./figure-list";
import { Localized } from "./localized";
import { SiteReason } from "./site-reason";

/** The shortlist: parks best first, each with its points, the reasons behind them and its first figures. */
export function SiteRanking({ shortlist }: { shortlist: RankedSite<SiteCandidateView>[] }) {
  const t = useTranslations();
  return (
    <ol className="space-y-4">
      {shortlist.map(({ park, score, reasons }, index) => (
        <li key={park.slug} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <article aria-labelledby={`site-${park.slug}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`site-${park.slug}`} className="text-lg font-semibold">
                <span className="mr-2 text-slate-700">{index + 1}.</span>
                <Link
                  href={`/parks/${park.slug}`}
                  className="text-brand-800 underline-offset-4 hover:underline"
                >
                  <Localized value={park.name} />
                </Link>
              </h3>
              <p className="rounded-full bg-brand-100 px-3 py-0.5 text-sm font-medium text-brand-900">
                {t("siteSelection.points", { score })}
              </p>
            </div>
            <p className="text-sm text-slate-700">
              {t("parkType." + park.type)} · <Localized value={park.areaName} />
            </p>
            <h4 className="mt-3 font-medium">{t("siteSelection.reasons")}</h4>
            <ul className="mt-1 list-disc space-y-1 break-words pl-5">
              {reasons.map((reason, i) => (
                <li key={i}>
                  <SiteReason reason={reason} park={park} />
                </li>
              ))}
            </ul>
            {park.figures.length > 0 && (
              <>
                <h4 className="mt-3 font-medium">{t("siteSelection.figures")}</h4>
                <div className="mt-1">
                  <FigureList figures={park.figures} />
                </div>
              </>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
