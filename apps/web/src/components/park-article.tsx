import type { Locale } from "@ig/domain";
import type { ParkDetail } from "@ig/db";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumb } from "./breadcrumb";
import { CompareControl } from "./compare-control";
import { EnquireLink } from "./enquire-link";
import { FactSheetButton } from "./fact-sheet-button";
import { FigureList } from "./figure-list";
import { JsonLd } from "./json-ld";
import { LinkList } from "./link-list";
import { ParkGallery } from "./park-gallery";
import { ParkLocatorMap } from "./park-locator-map";
import { Localized, localizedText } from "./localized";
import { SourceNote } from "./source-note";
import { Link } from "@/i18n/navigation";
import { siteUrl } from "@/lib/site-url";

const sectionHeading = "text-xl font-semibold text-brand-900";

/** A park's public page body: its public page and the staff preview render the same article. */
export async function ParkArticle({ park, locale }: { park: ParkDetail; locale: Locale }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const pageUrl = new URL(`/${locale}/parks/${park.slug}`, siteUrl()).href;
  return (
    <article className="space-y-8 print:space-y-4">
      <JsonLd
        data={{
          "@type": "Place",
          name: localizedText(park.name, locale),
          description: localizedText(park.summary, locale),
          containedInPlace: { "@type": "AdministrativeArea", name: localizedText(park.area.name, locale) },
          ...(park.location && {
            geo: { "@type": "GeoCoordinates", latitude: park.location.lat, longitude: park.location.lng },
          }),
        }}
      />
      <Breadcrumb section={{ href: "/parks", label: t("nav.parks") }}>
        <Localized value={park.name} />
      </Breadcrumb>
      <header>
        <p className="hidden border-b border-slate-400 pb-1 text-sm print:block">
          {t("site.name")} · {t("park.factSheetTitle")} ·{" "}
          {t("park.printedFrom", {
            url: pageUrl,
            date: format.dateTime(new Date(), { dateStyle: "long", timeZone: "Asia/Shanghai" }),
          })}
        </p>
        <p className="text-sm font-medium text-slate-700">
          <Link href={`/parks?area=${park.area.slug}`} className="underline">
            <Localized value={park.area.name} />
          </Link>{" "}
          · {t(`parkType.${park.type}`)}
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">
          <Localized value={park.name} />
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">
          <Localized value={park.summary} />
        </p>
        {park.lastVerifiedAt && (
          <p className="mt-2 text-sm text-slate-700">
            {t("park.lastVerified", {
              date: format.dateTime(new Date(park.lastVerifiedAt), { dateStyle: "long", timeZone: "UTC" }),
            })}
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-4 print:hidden">
          <EnquireLink query={{ park: park.slug }} label={t("enquiry.enquireAboutPark")} />
          <CompareControl slug={park.slug} />
          <FactSheetButton label={t("park.factSheet")} />
        </div>
      </header>

      <div className="print:hidden">
        <ParkGallery slug={park.slug} locale={locale} />
      </div>

      <section aria-labelledby="figures">
        <h2 id="figures" className={sectionHeading}>
          {t("park.figures")}
        </h2>
        <div className="mt-3">
          {park.figures.length ? (
            <FigureList figures={park.figures} />
          ) : (
            <p className="text-slate-700">{t("park.noFigures")}</p>
          )}
        </div>
      </section>

      <div className="grid gap-8 lg:grid-cols-3 print:gap-4">
        <section aria-labelledby="about" className="lg:col-span-2">
          <h2 id="about" className={sectionHeading}>
            {t("park.about")}
          </h2>
          <p className="mt-3 whitespace-pre-line text-slate-800 print:line-clamp-6">
            <Localized value={park.description} />
          </p>
          {park.source && (
            <p className="mt-3 text-sm text-slate-700">
              <SourceNote source={park.source} />
            </p>
          )}
        </section>

        <aside className="space-y-6 print:grid print:grid-cols-2 print:gap-4 print:space-y-0">
          <section aria-labelledby="industries">
            <h2 id="industries" className={sectionHeading}>
              {t("park.industries")}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {park.industries.map((industry) => (
                <li key={industry.slug}>
                  <Link
                    href={`/industries/${industry.slug}`}
                    className="inline-block rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-900 underline"
                  >
                    <Localized value={industry.name} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="transport">
            <h2 id="transport" className={sectionHeading}>
              {t("park.transport")}
            </h2>
            {park.transport.length ? (
              <dl className="mt-2 space-y-2">
                {park.transport.map((link, index) => (
                  <div key={index}>
                    <dt className="font-medium">{t(`transportMode.${link.mode}`)}</dt>
                    <dd className="text-slate-800">
                      <Localized value={link.text} />
                      {link.distanceKm !== null && (
                        <> ({t("park.distance", { km: format.number(link.distanceKm) })})</>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="mt-2 text-slate-700">{t("park.noTransport")}</p>
            )}
          </section>
          <section aria-labelledby="location">
            <h2 id="location" className={sectionHeading}>
              {t("park.location")}
            </h2>
            {park.address && (
              <p className="mt-2">
                <Localized value={park.address} />
              </p>
            )}
            {park.location && (
              <p className="mt-1 text-sm text-slate-700">
                {format.number(park.location.lat, { maximumFractionDigits: 3 })}° N,{" "}
                {format.number(park.location.lng, { maximumFractionDigits: 3 })}° E
                {park.location.approximate && <> · {t("park.approximate")}</>}
              </p>
            )}
            {park.location && (
              <div className="mt-2">
                <ParkLocatorMap name={localizedText(park.name, locale)} location={park.location} />
              </div>
            )}
            {park.size && (
              <p className="mt-1">
                {t("park.size")}: {format.number(park.size.value)} {t(`sizeUnit.${park.size.unit}`)}
                {park.size.source && (
                  <span className="block text-sm text-slate-700">
                    <SourceNote source={park.size.source} />
                  </span>
                )}
              </p>
            )}
          </section>
          <section aria-labelledby="contact">
            <h2 id="contact" className={sectionHeading}>
              {t("park.contact")}
            </h2>
            {park.contact ? (
              <div className="mt-2">
                {park.contact.name && (
                  <p>
                    <Localized value={park.contact.name} />
                  </p>
                )}
                {park.contact.phone && (
                  <p>
                    {t("park.phone")}:{" "}
                    <a
                      href={`tel:${park.contact.phone.replace(/[^\d+]/g, "")}`}
                      className="text-brand-800 underline"
                    >
                      {park.contact.phone}
                    </a>
                  </p>
                )}
                {park.contact.email && (
                  <p>
                    {t("park.email")}:{" "}
                    <a href={`mailto:${park.contact.email}`} className="text-brand-800 underline">
                      {park.contact.email}
                    </a>
                  </p>
                )}
                {park.contact.wechat && (
                  <p>
                    {t("park.wechat")}: <span lang="en">{park.contact.wechat}</span>
                  </p>
                )}
                {park.contact.hours && (
                  <p>
                    {t("park.officeHours")}: <Localized value={park.contact.hours} />
                  </p>
                )}
              </div>
            ) : (
              <p className="mt-2 text-slate-800">
                {t("park.noContact", { area: localizedText(park.area.name, locale) })}
              </p>
            )}
          </section>
        </aside>
      </div>

      <div className="grid gap-8 md:grid-cols-2 print:grid-cols-2 print:gap-4">
        <LinkList id="projects" title={t("park.projects")} basePath="/projects" items={park.projects}>
          <Link
            href={`/projects?park=${park.slug}`}
            className="mt-2 inline-block text-brand-800 underline print:hidden"
          >
            {t("park.allProjects")}
          </Link>
        </LinkList>
        <LinkList
          id="policies"
          title={t("park.policies")}
          basePath="/policies"
          items={park.policies.map((policy) => ({ slug: policy.slug, name: policy.title }))}
        >
          <Link
            href={`/policies?park=${park.slug}`}
            className="mt-2 inline-block text-brand-800 underline print:hidden"
          >
            {t("park.allPolicies")}
          </Link>
        </LinkList>
      </div>
    </article>
  );
}
