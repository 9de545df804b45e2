import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { newsPageSize, newsTypes, parseNewsFilter, type SearchParams } from "@ig/domain";
import { NewsCardItem } from "@/components/news-card-item";
import { Pagination } from "@/components/pagination";
import { Link } from "@/i18n/navigation";
import { cachedNews, cachedUpcomingEvents } from "@/lib/cached-data";
import { notFoundPastLastPage } from "@/lib/list-page";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";
import { today as todayInChina } from "@/lib/today";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };
// More would be a list of its own; two dozen announced events have never been near.
const upcomingLimit = 24;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "news" });
  return pageMetadata({ locale, path: "/news", title: t("title"), description: t("description") });
}

/** News and events: upcoming events first (soonest first), then news and past events, dated. */
export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { type, page } = parseNewsFilter(await searchParams) ?? notFound();
  const t = await getTranslations({ locale, namespace: "news" });
  const today = todayInChina();
  const [upcoming, news] = await Promise.all([
    type === "news" ? [] : cachedUpcomingEvents({ today, limit: upcomingLimit }),
    cachedNews({ type, today, page, pageSize: newsPageSize }),
  ]);
  notFoundPastLastPage(page, news.pageCount);
  const kind = type === "events" ? "countEvents" : type === "news" ? "countNews" : "count";
  const count = news.more ? (`${kind}More` as const) : kind;
  const tabClass = "rounded-md px-3 py-1.5 font-medium";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("description")}</p>
      <nav aria-label={t("types.label")}>
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...newsTypes].map((value) => (
            <li key={value ?? "all"}>
              <Link
                href={{ pathname: "/news", query: value ? { type: value } : {} }}
                aria-current={value === type ? "page" : undefined}
                className={
                  value === type
                    ? `${tabClass} bg-brand-800 text-white`
                    : `${tabClass} border border-brand-700 text-brand-800 hover:bg-brand-50`
                }
              >
                {t(`types.${value ?? "all"}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {type !== "news" && page === 1 && (
        <section aria-labelledby="upcoming-events" className="space-y-3">
          <h2 id="upcoming-events" className="text-xl font-semibold text-brand-900">
            {t("upcoming")}
          </h2>
          {upcoming.length === 0 ? (
            <p className="text-slate-700">{t("upcomingNone")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {upcoming.map((item) => (
                <NewsCardItem key={item.slug} item={item} today={today} />
              ))}
            </ul>
          )}
        </section>
      )}
      <h2 className="sr-only">{t(`types.${type ?? "all"}`)}</h2>
      <p role="status" className="font-medium">
        {t(count, { count: news.total })}
      </p>
      {news.items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {news.items.map((item) => (
            <NewsCardItem key={item.slug} item={item} today={today} />
          ))}
        </ul>
      )}
      <Pagination pathname="/news" query={{ type }} page={page} pageCount={news.pageCount} more={news.more} />
    </div>
  );
}
