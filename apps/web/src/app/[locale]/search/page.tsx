import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseSearchQuery, type SearchParams, type TSearchQuery } from "@ig/domain";
import { searchContent } from "@ig/db";
import { localizedText } from "@/components/localized";
import { SearchFacets } from "@/components/search-facets";
import { SearchHitCard } from "@/components/search-hit-card";
import { Link } from "@/i18n/navigation";
import { cachedAreas } from "@/lib/cached-data";
import { cleanQuery } from "@/lib/clean-query";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";
import { UrlStateForm } from "@/components/url-state-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** Queries that show what search can do, in both languages whatever the page's language. */
const examples = [
  { q: "lithium", lang: "en" },
  { q: "锂", lang: "zh-CN" },
  { q: "bonded", lang: "en" },
  { q: "保税", lang: "zh-CN" },
];
/** With every kind listed, a few best hits each and a link to the rest; one kind gets a long list. */
const hitsPerGroup = 5;
const hitsOfOneKind = 50;

const searchHref = (state: Partial<TSearchQuery>) => ({ pathname: "/search", query: cleanQuery(state) });

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { q } = parseSearchQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  const title = q ? t("titleFor", { query: q }) : t("title");
  // Result pages are endless and thin: crawlers should follow them to the records, not index them.
  return {
    ...(await pageMetadata({ locale, path: "/search", title, description: t("description") })),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const query = parseSearchQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  // Unlike the other pages' reads this is not cached: every query would be a new cache entry,
  // and the search itself takes milliseconds (see BENCHMARKS.md).
  const [results, areas] = await Promise.all([
    query.q && !query.unsearchable
      ? searchContent({ ...query, limit: query.kind ? hitsOfOneKind : hitsPerGroup })
      : null,
    cachedAreas(),
  ]);
  const areaNames = Object.fromEntries(areas.map((a) => [a.slug, localizedText(a.name, locale)]));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <UrlStateForm state={query.q} className="flex max-w-xl flex-wrap items-end gap-2">
        <label htmlFor="search-page-q" className="w-full text-sm font-medium">
          {t("queryLabel")}
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={query.q}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
      </UrlStateForm>

      {query.unsearchable ? (
        <>
          <p role="status" className="font-medium" data-testid="result-count">
            {t("count", { count: 0, query: query.q })}
          </p>
          <Suggestions
            title={t("unsearchable", { query: query.q })}
            hint={t("emptyHint")}
            examplesLabel={t("examples")}
          />
        </>
      ) : results === null ? (
        <Suggestions title={t("promptTitle")} hint={t("promptHint")} examplesLabel={t("examples")} />
      ) : (
        <>
          <p role="status" className="font-medium" data-testid="result-count">
            {results.groups.some((group) => results.capped.includes(group.kind))
              ? t("countCapped", { count: results.total, query: query.q })
              : t("count", { count: results.total, query: query.q })}
          </p>
          {results.correctedQuery && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
              {t("corrected", { query: query.q, corrected: results.correctedQuery })}
            </p>
          )}
          {results.partial && !results.correctedQuery && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
              {t("partial", { query: query.q })}
            </p>
          )}
          {results.unfiltered === 0 ? (
            <Suggestions
              title={t("emptyTitle", { query: query.q })}
              hint={t("emptyHint")}
              examplesLabel={t("examples")}
            />
          ) : (
            <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
              <SearchFacets query={query} results={results} areaNames={areaNames} />
              <div className="space-y-8">
                {results.total === 0 && (
                  <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
                    <p className="font-medium">{t("emptyFilteredTitle", { query: query.q })}</p>
                    <p className="mt-1 text-slate-700">{t("emptyFiltered", { count: results.unfiltered })}</p>
                    <Link
                      href={searchHref({ q: query.q })}
                      className="mt-3 inline-block text-brand-800 underline"
                    >
                      {t("relax")}
                    </Link>
                  </div>
                )}
                {results.groups.map((group) => {
                  const count = `${group.count}${results.capped.includes(group.kind) ? "+" : ""}`;
                  return (
                    <section key={group.kind} aria-labelledby={`group-${group.kind}`}>
                      <h2 id={`group-${group.kind}`} className="text-xl font-semibold text-brand-900">
                        {t(`kinds.${group.kind}`)}{" "}
                        <span className="font-normal text-slate-700">({count})</span>
                      </h2>
                      <ul className="mt-3 space-y-3">
                        {group.hits.map((hit) => (
                          <li key={hit.slug}>
                            <SearchHitCard
                              kind={group.kind}
                              hit={hit}
                              areaNames={areaNames}
                              marks={results.marks}
                            />
                          </li>
                        ))}
                      </ul>
                      {group.count > group.hits.length && !query.kind && (
                        <Link
                          href={searchHref({ ...query, kind: group.kind })}
                          className="mt-3 inline-block font-medium text-brand-800 underline"
                        >
                          {t("more", { count, kind: t(`kinds.${group.kind}`) })}
                        </Link>
                      )}
                    </section>
                  );
                })}
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** What to type, or what to relax when nothing matched. */
function Suggestions({ title, hint, examplesLabel }: { title: string; hint: string; examplesLabel: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-slate-700">{hint}</p>
      <p className="mt-3 flex flex-wrap gap-3">
        <span>{examplesLabel}</span>
        {examples.map((example) => (
          <Link
            key={example.q}
            href={searchHref({ q: example.q })}
            lang={example.lang}
            className="text-brand-800 underline"
          >
            {example.q}
          </Link>
        ))}
      </p>
    </div>
  );
}
