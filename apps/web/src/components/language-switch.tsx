"use client";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

/** Switches language and stays on the same page, with the same filters. */
export function LanguageSwitch() {
  const locale = useLocale();
  const other = locale === "zh" ? "en" : "zh";
  const t = useTranslations("site");
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t("languageSwitchLabel")}
      className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
    >
      {t("languageSwitch")}
    </Link>
  );
}
