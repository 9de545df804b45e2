import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/**
 * Every public page's footer: how to reach the teams, follow an enquiry and reuse the published
 * data (open data), then who runs the portal. Its links are not prefetched: on every page view they would fetch two pages that few
 * visitors open from here (the records' own "Enquire about …" links are prefetched).
 */
export function SiteFooter() {
  const t = useTranslations("site");
  const linkClass = "font-medium text-brand-800 underline";
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-6">
        <nav aria-label={t("contactNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/enquiry" prefetch={false} className={linkClass}>
                {t("contactUs")}
              </Link>
            </li>
            <li>
              <Link href="/enquiry/status" prefetch={false} className={linkClass}>
                {t("trackEnquiry")}
              </Link>
            </li>
            <li>
              <Link href="/open-data" prefetch={false} className={linkClass}>
                {t("openData")}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-slate-700">{t("footer")}</p>
      </div>
    </footer>
  );
}
