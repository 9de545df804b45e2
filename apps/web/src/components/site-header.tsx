import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { CompareTray } from "./compare-tray";
import { LanguageSwitch } from "./language-switch";
import { SearchBox } from "./search-box";

const sections = ["parks", "site-selection", "projects", "policies", "news", "map"] as const;

export function SiteHeader() {
  const t = useTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900 no-underline">
          {t("site.name")}
        </Link>
        <SearchBox />
        <div className="flex items-center gap-3">
          <CompareTray />
          <Suspense>
            <LanguageSwitch />
          </Suspense>
        </div>
        <nav aria-label={t("site.mainNav")} className="w-full overflow-x-auto">
          <ul className="flex gap-5 text-slate-800">
            <li>
              <Link href="/" className="hover:text-brand-700">
                {t("nav.home")}
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section}>
                <Link href={`/${section}`} className="whitespace-nowrap hover:text-brand-700">
                  {t(`nav.${section}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
