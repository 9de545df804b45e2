import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parseParkFilter } from "@ig/domain";
import { localizedText } from "@/components/localized";
import { ParkCard } from "@/components/park-card";
import { ParkFilters } from "@/components/park-filters";
import { Link } from "@/i18n/navigation";
import { Pagination } from "@/components/pagination";
import { cachedAreas, cachedIndustries, cachedParksPage } from "@/lib/cached-data";
import { notFoundPastLastPage } from "@/lib/list-page";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "parks" });
  return pageMetadata({ locale, path: "/parks", title: t("title"), description: t("description") });
}

export default async function ParksPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const filter = parseParkFilter(await searchParams) ?? notFound();
  const t = await getTranslations({ locale, namespace: "parks" });
  const tSiteSelection = await getTranslations({ locale, namespace: "siteSelection" });
  const [{ total, more, pageCount, items: parks }, areas, industries] = await Promise.all([
    cachedParksPage(filter),
    cachedAreas(),
    cachedIndustries(),
  ]);
  notFoundPastLastPage(filter.page, pageCount);
  const areaNames = Object.fromEntries(areas.map((a) => [a.slug, localizedText(a.name, locale)]));
  const industryNames = Object.fromEntries(industries.map((i) => [i.slug, localizedText(i.name, locale)]));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("description")}</p>
      <p className="max-w-3xl">
        <Link href="/site-selection" className="font-medium text-brand-800 underline">
          {tSiteSelection("cta")}
        </Link>
      </p>
      <ParkFilters filter={filter} areaNames={areaNames} industryNames={industryNames} />
      <p role="status" className="font-medium" data-testid="result-count">
        {t(more ? "countMore" : "count", { count: total })}
      </p>
      {parks.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="font-medium">{t("emptyTitle")}</p>
          <p className="mt-1 text-slate-700">{t("emptyHint")}</p>
          <Link href="/parks" className="mt-3 inline-block text-brand-800 underline">
            {t("clear")}
          </Link>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {parks.map((park) => (
            <li key={park.slug}>
              <ParkCard park={park} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        pathname="/parks"
        query={{ area: filter.area, type: filter.type, industry: filter.industry }}
        page={filter.page}
        pageCount={pageCount}
        more={more}
      />
    </div>
  );
}
