import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Home / <section> / <this page>: where the visitor is, and the way back. */
export function Breadcrumb({
  section,
  children,
}: {
  section: { href: string; label: string };
  children: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <nav aria-label={t("site.breadcrumb")} className="text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-700">
        <li>
          <Link href="/" className="underline">
            {t("nav.home")}
          </Link>{" "}
          /
        </li>
        <li>
          <Link href={section.href} className="underline">
            {section.label}
          </Link>{" "}
          /
        </li>
        <li aria-current="page">{children}</li>
      </ol>
    </nav>
  );
}
