import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { maxComparedParks, parseComparedParks, parseSearchQuery } from "@ig/domain";
import { CompareAddForm } from "@/components/compare-add-form";
import { ComparisonTable } from "@/components/comparison-table";
import { RememberComparedParks } from "@/components/remember-compared-parks";
import { EnquireLink } from "@/components/enquire-link";
import { Link, redirect } from "@/i18n/navigation";
import { cachedFoundParks, cachedParksForComparison } from "@/lib/cached-data";
import { comparePath } from "@/lib/compare-path";
import { localeParam } from "@/lib/locale-param";

// The parks a search in "add a park" lists at most: enough to pick from, few enough to read.
const parksFoundShown = 10;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("title"), description: t("description"), robots: { index: false } };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const query = await searchParams;
  const slugs = parseComparedParks(query);
  // The "add a park" form sends repeated parameters; the address bar shows the short, shareable form.
  if (slugs && Array.isArray(query.parks)) redirect({ href: comparePath(slugs), locale });
  const t = await getTranslations({ locale, namespace: "compare" });
  const tAll = await getTranslations({ locale });
  const { q } = parseSearchQuery(query);
  const [parks, found] = await Promise.all([
    slugs?.length ? cachedParksForComparison(slugs) : [],
    // The parks compared may be among the first found: ask for enough to list the others.
    q ? cachedFoundParks({ q }, parksFoundShown + (slugs?.length ?? 0)) : null,
  ]);
  const shown = parks.map((park) => park.slug);
  const others = found?.parks.filter((park) => !shown.includes(park.slug)) ?? [];
  const addable = found && {
    total: found.total - (found.parks.length - others.length),
    parks: others.slice(0, parksFoundShown),
  };
  const missing = (slugs?.length ?? 0) - parks.length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("description")}</p>
      {/* Only a comparison the URL names replaces the stored one: a bare /compare leaves it alone. */}
      {slugs && query.parks !== undefined && <RememberComparedParks slugs={shown} />}
      {missing > 0 && <p className="text-slate-800">{t("missing", { count: missing })}</p>}
      {parks.length ? (
        <>
          <ComparisonTable parks={parks} />
          <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
            <EnquireLink query={{ parks: shown.join(",") }} label={tAll("enquiry.enquireAboutCompared")} />
            <p>
              <Link href={comparePath(shown)} className="font-medium text-brand-800 underline">
                {t("share")}
              </Link>
              <span className="block text-sm text-slate-700">{t("shareHint")}</span>
            </p>
            <p>
              <a
                href={`/${locale}/compare/csv?parks=${shown.join(",")}`}
                download
                className="font-medium text-brand-800 underline"
              >
                {t("csv")}
              </a>
            </p>
          </div>
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="font-medium">{slugs ? t("emptyTitle") : t("invalidLink")}</p>
          <p className="mt-1 text-slate-700">{t("emptyHint")}</p>
          <Link href="/parks" className="mt-3 inline-block text-brand-800 underline">
            {t("browseParks")}
          </Link>
        </div>
      )}
      {parks.length < maxComparedParks ? (
        <CompareAddForm compared={shown} q={q} found={addable} />
      ) : (
        <p className="text-slate-800">{t("full")}</p>
      )}
    </div>
  );
}
