import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localizedText } from "@/components/localized";
import { cachedNewsItem } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { slugParam } from "@/lib/route-params";
import { pageMetadata } from "@/lib/page-metadata";
import { NewsArticle } from "@/components/news-article";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const item = await cachedNewsItem(await slugParam(params));
  if (!item) return {};
  return pageMetadata({
    locale,
    path: `/news/${item.slug}`,
    title: localizedText(item.title, locale),
    description: localizedText(item.summary, locale),
    type: "article",
  });
}

export default async function NewsItemPage({ params }: Props) {
  const locale = await localeParam(params);
  const item = await cachedNewsItem(await slugParam(params));
  if (!item) notFound();
  return <NewsArticle item={item} locale={locale} />;
}
