import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { EnquireLink } from "@/components/enquire-link";
import { JsonLd } from "@/components/json-ld";
import { LinkList } from "@/components/link-list";
import { Localized, localizedText } from "@/components/localized";
import { SourceNote } from "@/components/source-note";
import { ValidityBadge } from "@/components/validity-badge";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@ig/domain";
import type { PolicyDetail } from "@ig/db";

/** A policy as its public page shows it (also the staff preview, drafts included). */
export async function PolicyArticle({ policy, locale }: { policy: PolicyDetail; locale: Locale }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  const dates = [
    policy.effectiveFrom && t("policy.from", { date: date(policy.effectiveFrom) }),
    policy.effectiveTo && t("policy.until", { date: date(policy.effectiveTo) }),
  ].filter(Boolean);
  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@type": "GovernmentService",
          name: localizedText(policy.title, locale),
          description: localizedText(policy.summary, locale),
          serviceType: t(`policyCategory.${policy.category}`),
          provider: { "@type": "GovernmentOrganization", name: localizedText(policy.issuer, locale) },
          areaServed: policy.areas.map((area) => ({
            "@type": "AdministrativeArea",
            name: localizedText(area.name, locale),
          })),
        }}
      />
      <Breadcrumb section={{ href: "/policies", label: t("nav.policies") }}>
        <Localized value={policy.title} />
      </Breadcrumb>
      <header>
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-700">
          <Link href={`/policies?category=${policy.category}`} className="underline">
            {t(`policyCategory.${policy.category}`)}
          </Link>
          <ValidityBadge from={policy.effectiveFrom} to={policy.effectiveTo} />
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">
          <Localized value={policy.title} />
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">
          <Localized value={policy.summary} />
        </p>
        {policy.lastVerifiedAt && (
          <p className="mt-2 text-sm text-slate-700">
            {t("policy.lastVerified", { date: date(policy.lastVerifiedAt) })}
          </p>
        )}
        <p className="mt-4">
          <EnquireLink query={{ policy: policy.slug }} label={t("enquiry.enquireAboutPolicy")} />
        </p>
      </header>

      {policy.benefit && (
        <section aria-labelledby="benefit" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
          <h2 id="benefit" className="text-xl font-semibold text-brand-900">
            {t("policy.benefit")}
          </h2>
          <p className="mt-2 text-lg">
            <Localized value={policy.benefit} />
          </p>
        </section>
      )}

      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">{t("policy.issuer")}</dt>
          <dd className="font-semibold">
            <Localized value={policy.issuer} />
          </dd>
        </div>
        {policy.documentNumber && (
          <div>
            <dt className="text-sm text-slate-700">{t("policy.documentNumber")}</dt>
            <dd className="font-semibold">{policy.documentNumber}</dd>
          </div>
        )}
        <div>
          <dt className="text-sm text-slate-700">{t("policy.effective")}</dt>
          <dd className="font-semibold">{dates.length ? dates.join(" ") : t("policy.noDates")}</dd>
        </div>
      </dl>

      <section aria-labelledby="full-text">
        <h2 id="full-text" className="text-xl font-semibold text-brand-900">
          {t("policy.fullText")}
        </h2>
        <p className="mt-3 max-w-3xl whitespace-pre-line text-slate-800">
          <Localized value={policy.fullText} />
        </p>
        {policy.officialUrl && (
          <p className="mt-3">
            <a href={policy.officialUrl} className="text-brand-800 underline" rel="noopener noreferrer">
              {t("policy.officialText")}
            </a>
          </p>
        )}
        {policy.source && (
          <p className="mt-3 text-sm text-slate-700">
            <SourceNote source={policy.source} />
          </p>
        )}
      </section>

      <div className="grid gap-8 md:grid-cols-3">
        <LinkList id="areas" title={t("policy.areas")} basePath="/parks" param="area" items={policy.areas}>
          <p className="mt-1 text-sm text-slate-700">{t("policy.allParksOfArea")}</p>
        </LinkList>
        <LinkList id="parks" title={t("policy.parks")} basePath="/parks" items={policy.parks} />
        <LinkList
          id="industries"
          title={t("policy.industries")}
          basePath="/industries"
          items={policy.industries}
        />
      </div>
    </article>
  );
}
