import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countryCodes, parseEnquiryTopics, type SearchParams } from "@ig/domain";
import { EnquiryForm } from "@/components/enquiry-form";
import { localizedText } from "@/components/localized";
import { cachedAreas, cachedEnquiryTopics, cachedIndustries } from "@/lib/cached-data";
import { countryName } from "@/lib/country-name";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";
import { readSiteSelection } from "@/lib/read-site-selection";
import { siteSelectionSummary } from "@/lib/site-selection-summary";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "enquiry" });
  return pageMetadata({ locale, path: "/enquiry", title: t("title"), description: t("description") });
}

export default async function EnquiryPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "enquiry" });
  const query = await searchParams;
  const [topics, industries, areas, { answers, answered }] = await Promise.all([
    cachedEnquiryTopics(parseEnquiryTopics(query)),
    cachedIndustries(),
    cachedAreas(),
    readSiteSelection(query),
  ]);
  // Arriving from the site-selection assistant: its answers fill in the industry and the message.
  const name = (rows: { slug: string; name: Record<string, string> }[], slug?: string) => {
    const row = rows.find((r) => r.slug === slug);
    return row && localizedText(row.name, locale);
  };
  const message = answered
    ? siteSelectionSummary(answers, {
        t: await getTranslations({ locale, namespace: "siteSelection" }),
        locale,
        names: { industry: name(industries, answers.industry), area: name(areas, answers.area) },
      })
    : undefined;
  const options = (rows: { slug: string; name: Record<string, string> }[]) =>
    rows.map((row) => ({ value: row.slug, label: localizedText(row.name, locale) }));
  const collator = new Intl.Collator(locale === "zh" ? "zh-CN" : "en");
  const countries = countryCodes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-800">{t("description")}</p>
      <EnquiryForm
        locale={locale}
        submissionToken={randomUUID()}
        topics={{
          parks: options(topics.parks),
          projects: options(topics.projects),
          policies: options(topics.policies),
        }}
        industries={options(industries)}
        countries={countries}
        initial={{ industry: answers.industry, message }}
      />
    </div>
  );
}
