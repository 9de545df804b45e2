import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePage, type SearchParams } from "@ig/domain";
import { FormattedDate } from "@/components/formatted-date";
import { Localized } from "@/components/localized";
import { Pagination } from "@/components/pagination";
import { SourceNote } from "@/components/source-note";
import { Link } from "@/i18n/navigation";
import { cachedNews } from "@/lib/cached-data";
import { notFoundPastLastPage } from "@/lib/list-page";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };
const pageSize = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "news" });
  return pageMetadata({ locale, path: "/news", title: t("title"), description: t("description") });
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const page = parsePage(await searchParams) ?? notFound();
  const t = await getTranslations({ locale, namespace: "news" });
  const news = await cachedNews({ page, pageSize });
  notFoundPastLastPage(page, news.pageCount);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("description")}</p>
      <p role="status" className="font-medium">
        {t("count", { count: news.total })}
      </p>
      {news.items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {news.items.map((item) => (
            <li key={item.slug} className="p-4">
              <p className="text-sm text-slate-700">
                <FormattedDate iso={item.publishedOn} />
              </p>
              <h2 className="mt-1 text-lg font-semibold">
                <Link href={`/news/${item.slug}`} className="text-brand-800 hover:underline">
                  <Localized value={item.title} />
                </Link>
              </h2>
              <p className="mt-1 text-slate-800">
                <Localized value={item.summary} />
              </p>
              {item.source && (
                <p className="mt-1 text-sm text-slate-700">
                  <SourceNote source={item.source} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/news" query={{}} page={page} pageCount={news.pageCount} />
    </div>
  );
}
