import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FigureList } from "@/components/figure-list";
import { JsonLd } from "@/components/json-ld";
import { Localized, localizedText } from "@/components/localized";
import { ParkCard } from "@/components/park-card";
import { SourceNote } from "@/components/source-note";
import { Link } from "@/i18n/navigation";
import { cachedAreas, cachedNews, cachedParks } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { siteUrl } from "@/lib/site-url";
import { pageMetadata } from "@/lib/page-metadata";
import { FormattedDate } from "@/components/formatted-date";
import { today as todayInChina } from "@/lib/today";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "home" });
  return pageMetadata({
    locale,
    path: "",
    title: t("title"),
    description: t("description"),
    absoluteTitle: true,
  });
}

export default async function HomePage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const tSite = await getTranslations({ locale, namespace: "site" });
  const [areas, featured, news] = await Promise.all([
    cachedAreas(),
    cachedParks({ featuredOnly: true, limit: 6 }),
    cachedNews({ today: todayInChina(), page: 1, pageSize: 4 }).then((page) => page.items),
  ]);
  return (
    <div className="space-y-12">
      <JsonLd
        data={{
          "@type": "GovernmentOrganization",
          name: tSite("name"),
          description: t("description"),
          url: new URL(`/${locale}`, siteUrl()).href,
          areaServed: areas.map((area) => ({
            "@type": "AdministrativeArea",
            name: localizedText(area.name, locale),
          })),
        }}
      />
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold text-brand-900 sm:text-4xl">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      </section>

      <section aria-labelledby="cta-heading" className="rounded-xl border-2 border-brand-700 bg-white p-5">
        <h2 id="cta-heading" className="text-2xl font-semibold">
          {t("ctaHeading")}
        </h2>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link
            href="/site-selection"
            className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("ctaAssistant")}
          </Link>
          <Link
            href="/enquiry"
            className="rounded-md border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("ctaEnquiry")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="text-2xl font-semibold">
          {t("areasHeading")}
        </h2>
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          {areas.map((area) => (
            <article key={area.slug} className="rounded-xl border border-slate-200 bg-brand-50 p-5">
              <h3 className="text-xl font-semibold text-brand-900">
                <Localized value={area.name} />
              </h3>
              <p className="mt-2 text-slate-800">
                <Localized value={area.summary} />
              </p>
              <div className="mt-4">
                <FigureList figures={area.figures} />
              </div>
              <p className="mt-4">
                <Link href={`/parks?area=${area.slug}`} className="font-medium text-brand-800 underline">
                  {t("parksInArea", { count: area.parkCount, area: localizedText(area.name, locale) })}
                </Link>
              </p>
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="text-2xl font-semibold">
          {t("featuredHeading")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {featured.map((park) => (
            <li key={park.slug}>
              <ParkCard park={park} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/parks" className="font-medium text-brand-800 underline">
            {t("allParks")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="news-heading">
        <h2 id="news-heading" className="text-2xl font-semibold">
          {t("newsHeading")}
        </h2>
        {news.length === 0 ? (
          <p className="mt-4 text-slate-700">{t("noNews")}</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {news.map((item) => (
              <li key={item.slug} className="p-4">
                <p className="text-sm text-slate-700">
                  <FormattedDate iso={item.publishedOn} />
                </p>
                <h3 className="mt-1 font-semibold">
                  <Link href={`/news/${item.slug}`} className="text-brand-800 hover:underline">
                    <Localized value={item.title} />
                  </Link>
                </h3>
                <p className="mt-1 text-slate-800">
                  <Localized value={item.summary} />
                </p>
                {item.source && (
                  <p className="mt-1 text-sm text-slate-700">
                    <SourceNote source={item.source} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
