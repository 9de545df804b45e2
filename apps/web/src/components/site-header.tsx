import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const t = useTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900 no-underline">
          {t("site.name")}
        </Link>
        <nav aria-label={t("site.mainNav")} className="flex items-center gap-4">
          <Link href="/" className="text-slate-800 hover:text-brand-700">
            {t("nav.home")}
          </Link>
          <Link href="/parks" className="text-slate-800 hover:text-brand-700">
            {t("nav.parks")}
          </Link>
          <Suspense>
            <LanguageSwitch />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
