import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localizedText } from "@/components/localized";
import { ParkArticle } from "@/components/park-article";
import { cachedPark } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { slugParam } from "@/lib/route-params";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const park = await cachedPark(await slugParam(params));
  if (!park) return {};
  return pageMetadata({
    locale,
    path: `/parks/${park.slug}`,
    title: localizedText(park.name, locale),
    description: localizedText(park.summary, locale),
  });
}

export default async function ParkPage({ params }: Props) {
  const locale = await localeParam(params);
  const park = await cachedPark(await slugParam(params));
  if (!park) notFound();
  return <ParkArticle park={park} locale={locale} />;
}
