import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { cleanQuery } from "@/lib/clean-query";

/**
 * Previous / next links that keep every other URL parameter of the list. `more`: the list counted
 * only part of its matches (listTotal in packages/db), so `pageCount` is a lower bound.
 */
export function Pagination({
  pathname,
  query,
  page,
  pageCount,
  more = false,
}: {
  pathname: string;
  query: Record<string, string | number | boolean | undefined>;
  page: number;
  pageCount: number;
  more?: boolean;
}) {
  const t = useTranslations("pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => ({
    pathname,
    query: cleanQuery({ ...query, page: target > 1 ? target : undefined }),
  });
  const linkClass = "rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700">{t(more ? "pageOfMore" : "page", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
