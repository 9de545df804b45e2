import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localizedText } from "@/components/localized";
import { cachedPolicy } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { slugParam } from "@/lib/route-params";
import { pageMetadata } from "@/lib/page-metadata";
import { PolicyArticle } from "@/components/policy-article";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const policy = await cachedPolicy(await slugParam(params));
  if (!policy) return {};
  return pageMetadata({
    locale,
    path: `/policies/${policy.slug}`,
    title: localizedText(policy.title, locale),
    description: localizedText(policy.summary, locale),
  });
}

export default async function PolicyPage({ params }: Props) {
  const locale = await localeParam(params);
  const policy = await cachedPolicy(await slugParam(params));
  if (!policy) notFound();
  return <PolicyArticle policy={policy} locale={locale} />;
}
