import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaSlugs, parsePolicyFilter, policyCategories, type SearchParams } from "@ig/domain";
import { FilterForm } from "@/components/filter-form";
import { Localized, localizedText } from "@/components/localized";
import { ValidityBadge } from "@/components/validity-badge";
import { Link } from "@/i18n/navigation";
import { Pagination } from "@/components/pagination";
import { cachedAreas, cachedIndustries, cachedPark, cachedPolicies } from "@/lib/cached-data";
import { cleanQuery } from "@/lib/clean-query";
import { notFoundPastLastPage } from "@/lib/list-page";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "policies" });
  return pageMetadata({ locale, path: "/policies", title: t("title"), description: t("description") });
}

export default async function PoliciesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const filter = parsePolicyFilter(await searchParams) ?? notFound();
  const t = await getTranslations({ locale });
  const [{ total, more, pageCount, items: policies }, areas, industries, park] = await Promise.all([
    cachedPolicies(filter),
    cachedAreas(),
    cachedIndustries(),
    filter.park ? cachedPark(filter.park) : null,
  ]);
  notFoundPastLastPage(filter.page, pageCount);
  const hasFilters = Boolean(
    filter.category || filter.area || filter.park || filter.industry || filter.inForce,
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("policies.title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("policies.description")}</p>
      {park && (
        <p className="flex flex-wrap items-center gap-3">
          <span className="rounded-full bg-brand-100 px-3 py-1 text-brand-900">
            {t("policies.forPark", { park: localizedText(park.name, locale) })}
          </span>
          <Link
            href={{ pathname: "/policies", query: cleanQuery({ ...filter, park: undefined }) }}
            className="text-brand-800 underline"
          >
            {t("policies.removePark")}
          </Link>
        </p>
      )}
      <FilterForm
        label={t("policies.filters")}
        hidden={{ park: filter.park }}
        selects={[
          {
            name: "category",
            label: t("policies.category"),
            value: filter.category,
            anyLabel: t("policies.allCategories"),
            options: policyCategories.map((c) => ({ value: c, label: t(`policyCategory.${c}`) })),
          },
          {
            name: "area",
            label: t("policies.area"),
            value: filter.area,
            anyLabel: t("policies.allAreas"),
            options: areaSlugs.map((slug) => ({
              value: slug,
              label: localizedText(areas.find((a) => a.slug === slug)?.name, locale) || slug,
            })),
          },
          {
            name: "industry",
            label: t("policies.industry"),
            value: filter.industry,
            anyLabel: t("policies.allIndustries"),
            options: industries.map((i) => ({ value: i.slug, label: localizedText(i.name, locale) })),
          },
        ]}
        checkbox={{ name: "inForce", label: t("policies.inForce"), checked: filter.inForce }}
        submitLabel={t("policies.apply")}
        clear={hasFilters ? { href: "/policies", label: t("policies.clear") } : undefined}
      />
      <p role="status" className="font-medium" data-testid="result-count">
        {t(more ? "policies.countMore" : "policies.count", { count: total })}
      </p>
      {policies.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="font-medium">{t("policies.emptyTitle")}</p>
          <p className="mt-1 text-slate-700">{t("policies.emptyHint")}</p>
          <Link href="/policies" className="mt-3 inline-block text-brand-800 underline">
            {t("policies.clear")}
          </Link>
        </div>
      ) : (
        <ul className="space-y-4">
          {policies.map((policy) => (
            <li key={policy.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <span>{t(`policyCategory.${policy.category}`)}</span>
                <ValidityBadge from={policy.effectiveFrom} to={policy.effectiveTo} />
              </p>
              <h2 className="mt-1 text-lg font-semibold">
                <Link href={`/policies/${policy.slug}`} className="text-brand-800 hover:underline">
                  <Localized value={policy.title} />
                </Link>
              </h2>
              <p className="mt-1 text-slate-800">
                <Localized value={policy.summary} />
              </p>
              {policy.benefit && (
                <p className="mt-2">
                  <span className="font-medium">{t("policies.benefit")}: </span>
                  <Localized value={policy.benefit} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        pathname="/policies"
        query={{ ...filter, inForce: filter.inForce ? "1" : undefined, page: undefined }}
        page={filter.page}
        pageCount={pageCount}
        more={more}
      />
    </div>
  );
}
