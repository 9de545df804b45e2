import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return pageMetadata({
    locale,
    path: "/privacy",
    title: t("title"),
    description: (t.raw("body") as string[])[1]!,
  });
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {(t.raw("body") as string[]).map((paragraph) => (
        <p key={paragraph} className="text-slate-800">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
