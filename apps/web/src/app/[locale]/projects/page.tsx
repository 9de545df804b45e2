import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { amountBands, areaSlugs, parseProjectFilter, projectStages, type SearchParams } from "@ig/domain";
import { FilterForm } from "@/components/filter-form";
import { localizedText } from "@/components/localized";
import { Pagination } from "@/components/pagination";
import { ProjectCard } from "@/components/project-card";
import { Link } from "@/i18n/navigation";
import {
  cachedAreas,
  cachedIndustries,
  cachedPark,
  cachedPartnerCountries,
  cachedProjects,
} from "@/lib/cached-data";
import { cleanQuery } from "@/lib/clean-query";
import { countryName } from "@/lib/country-name";
import { notFoundPastLastPage } from "@/lib/list-page";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "projects" });
  return pageMetadata({ locale, path: "/projects", title: t("title"), description: t("description") });
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const filter = parseProjectFilter(await searchParams) ?? notFound();
  const t = await getTranslations({ locale });
  const [result, areas, industries, countries, park] = await Promise.all([
    cachedProjects(filter),
    cachedAreas(),
    cachedIndustries(),
    cachedPartnerCountries(),
    filter.park ? cachedPark(filter.park) : null,
  ]);
  notFoundPastLastPage(filter.page, result.pageCount);
  // The list's state without its page and default sort: what links to other pages keep.
  const { page: _page, sort, ...rest } = filter;
  const query = { ...rest, sort: sort === "newest" ? undefined : sort };
  const hasFilters = Boolean(
    filter.area || filter.park || filter.industry || filter.stage || filter.country || filter.amount,
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("projects.title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("projects.description")}</p>
      {park && (
        <p className="flex flex-wrap items-center gap-3">
          <span className="rounded-full bg-brand-100 px-3 py-1 text-brand-900">
            {t("projects.inPark", { park: localizedText(park.name, locale) })}
          </span>
          <Link
            href={{ pathname: "/projects", query: cleanQuery({ ...query, park: undefined }) }}
            className="text-brand-800 underline"
          >
            {t("projects.removePark")}
          </Link>
        </p>
      )}
      <FilterForm
        label={t("projects.filters")}
        hidden={{ park: filter.park }}
        selects={[
          {
            name: "area",
            label: t("projects.area"),
            value: filter.area,
            anyLabel: t("projects.allAreas"),
            options: areaSlugs.map((slug) => ({
              value: slug,
              label: localizedText(areas.find((a) => a.slug === slug)?.name, locale) || slug,
            })),
          },
          {
            name: "industry",
            label: t("projects.industry"),
            value: filter.industry,
            anyLabel: t("projects.allIndustries"),
            options: industries.map((i) => ({ value: i.slug, label: localizedText(i.name, locale) })),
          },
          {
            name: "stage",
            label: t("projects.stage"),
            value: filter.stage,
            anyLabel: t("projects.allStages"),
            options: projectStages.map((stage) => ({ value: stage, label: t(`projectStage.${stage}`) })),
          },
          {
            name: "country",
            label: t("projects.country"),
            value: filter.country,
            anyLabel: t("projects.allCountries"),
            options: countries.map((code) => ({ value: code, label: countryName(code, locale) })),
          },
          {
            name: "amount",
            label: t("projects.amount"),
            value: filter.amount,
            anyLabel: t("projects.anyAmount"),
            options: Object.keys(amountBands).map((band) => ({
              value: band,
              label: t(`projects.amountBand.${band}`),
            })),
          },
          {
            name: "sort",
            label: t("projects.sort"),
            value: filter.sort === "newest" ? undefined : filter.sort,
            anyLabel: t("projects.sortNewest"),
            options: [{ value: "amount", label: t("projects.sortAmount") }],
          },
        ]}
        submitLabel={t("projects.apply")}
        clear={hasFilters ? { href: "/projects", label: t("projects.clear") } : undefined}
      />
      {filter.amount && <p className="text-sm text-slate-700">{t("projects.amountHint")}</p>}
      <p role="status" className="font-medium" data-testid="result-count">
        {t(result.more ? "projects.countMore" : "projects.count", { count: result.total })}
      </p>
      {result.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="font-medium">{t("projects.emptyTitle")}</p>
          <p className="mt-1 text-slate-700">{t("projects.emptyHint")}</p>
          <Link href="/projects" className="mt-3 inline-block text-brand-800 underline">
            {t("projects.clear")}
          </Link>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((project) => (
            <li key={project.slug}>
              <ProjectCard project={project} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        pathname="/projects"
        query={query}
        page={filter.page}
        pageCount={result.pageCount}
        more={result.more}
      />
    </div>
  );
}
