import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { firstValues, type SearchParams } from "@ig/domain";
import { StatusLookup } from "@/components/status-lookup";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "enquiryStatus" });
  return pageMetadata({ locale, path: "/enquiry/status", title: t("title"), description: t("description") });
}

export default async function EnquiryStatusPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "enquiryStatus" });
  const ref = firstValues(await searchParams).ref ?? "";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-800">{t("description")}</p>
      <StatusLookup initialReference={/^IG-\d{4}-\d{6,}$/.test(ref) ? ref : ""} />
    </div>
  );
}
