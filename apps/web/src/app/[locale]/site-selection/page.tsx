import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  rankSites,
  siteCaps,
  siteExclusions,
  siteRequirements,
  siteSelectionQuery,
  siteWeights,
  type SearchParams,
} from "@ig/domain";
import { EnquireLink } from "@/components/enquire-link";
import { today } from "@/lib/today";
import { localizedText } from "@/components/localized";
import { SiteExclusions } from "@/components/site-exclusions";
import { SiteRanking } from "@/components/site-ranking";
import { SiteSelectionForm } from "@/components/site-selection-form";
import { Link } from "@/i18n/navigation";
import { cachedAreas, cachedIndustries, cachedSiteCandidates, cachedSiteExclusions } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";
import { readSiteSelection } from "@/lib/read-site-selection";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** How many of the best-ranked parks the result shows and the enquiry link ticks. */
const shortlistSize = 5;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "siteSelection" });
  return pageMetadata({ locale, path: "/site-selection", title: t("title"), description: t("description") });
}

/**
 * The site-selection assistant: questions about the project (a GET form, so the answers are the
 * URL), then the parks ranked by rankSites of packages/domain on their published data, with the
 * reasons, the parks left out and why, and a link that sends the shortlist to the enquiry form.
 */
export default async function SiteSelectionPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale });
  const [areas, industries, { answers, answered, ignored }] = await Promise.all([
    cachedAreas(),
    cachedIndustries(),
    readSiteSelection(await searchParams),
  ]);
  // The hard requirements filter the parks in the database: only those that meet them are read in full.
  const requirements = siteRequirements(answers);
  const [candidates, left] = answered
    ? await Promise.all([
        cachedSiteCandidates({ industry: answers.industry, ...requirements }),
        cachedSiteExclusions(requirements),
      ])
    : [[], []];
  const ranking = answered ? rankSites(answers, candidates, today()) : null;
  const excluded = left.map((park) => ({ park, because: siteExclusions(answers, park) }));
  const matching = ranking?.ranked.filter((entry) => entry.score > 0) ?? [];
  const shortlist = matching.slice(0, shortlistSize);
  const areaNames = Object.fromEntries(areas.map((a) => [a.slug, localizedText(a.name, locale)]));
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("siteSelection.title")}</h1>
        <p className="max-w-3xl text-slate-800">{t("siteSelection.intro")}</p>
      </div>
      {ignored.length > 0 && (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t("siteSelection.ignored", {
            fields: ignored
              .map((name) => t(`siteSelection.fields.${name}`))
              .join(locale === "zh" ? "、" : ", "),
          })}
        </p>
      )}
      <SiteSelectionForm
        answers={answers}
        industries={industries.map((i) => ({ value: i.slug, label: localizedText(i.name, locale) }))}
        areaNames={areaNames}
      />
      <section aria-labelledby="site-how" className="max-w-3xl">
        <h2 id="site-how" className="text-lg font-semibold">
          {t("siteSelection.howHeading")}
        </h2>
        <p className="mt-1 text-slate-800">
          {t("siteSelection.how", {
            ...siteWeights,
            projectCap: siteCaps.project,
            policyCap: siteCaps.policy,
          })}
        </p>
      </section>
      {ranking && (
        <section aria-labelledby="site-results" className="space-y-4">
          <h2 id="site-results" className="text-2xl font-semibold">
            {t("siteSelection.resultsHeading")}
          </h2>
          <p role="status" className="font-medium" data-testid="site-count">
            {t("siteSelection.resultCount", { count: matching.length })}
            {matching.length > shortlist.length &&
              `${locale === "zh" ? "" : " "}${t("siteSelection.shownBest", { shown: shortlist.length })}`}
          </p>
          {shortlist.length > 0 && (
            <>
              <SiteRanking shortlist={shortlist} />
              <div className="space-y-1">
                <EnquireLink
                  label={t("siteSelection.enquire")}
                  query={{
                    parks: shortlist.map((entry) => entry.park.slug).join(","),
                    ...siteSelectionQuery(answers),
                  }}
                />
                <p className="text-sm text-slate-700">{t("siteSelection.enquireHint")}</p>
              </div>
            </>
          )}
          {ranking.ranked.length > matching.length && (
            <p className="text-slate-800">
              {t.rich("siteSelection.unmatched", {
                count: ranking.ranked.length - matching.length,
                parks: (chunks) => (
                  <Link href="/parks" className="text-brand-800 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          <SiteExclusions excluded={excluded} need={answers.need} />
        </section>
      )}
    </div>
  );
}
