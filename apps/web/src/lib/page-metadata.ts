import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { locales, type Locale } from "@ig/domain";

const ogLocale: Record<Locale, string> = { en: "en_GB", zh: "zh_CN" };

/**
 * Title, description, canonical URL, hreflang alternates and OpenGraph for a page that exists
 * in every language at /{locale}{path}.
 */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  absoluteTitle = false,
  type = "website",
}: {
  locale: Locale;
  /** The path after the locale, "" for the home page, e.g. "/parks/guoyuan-port". */
  path: string;
  title: string;
  description: string;
  absoluteTitle?: boolean;
  type?: "website" | "article";
}): Promise<Metadata> {
  const siteName = (await getTranslations({ locale, namespace: "site" }))("name");
  const languages = Object.fromEntries(locales.map((l) => [l === "zh" ? "zh-CN" : l, `/${l}${path}`]));
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: `/${locale}${path}`, languages: { ...languages, "x-default": `/en${path}` } },
    openGraph: {
      title,
      description,
      url: `/${locale}${path}`,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      type,
    },
  };
}
