import { getFormatter, getTranslations } from "next-intl/server";
import { formatAmount, type Locale } from "@ig/domain";
import type { ProjectDetail } from "@ig/db";
import { Breadcrumb } from "@/components/breadcrumb";
import { EnquireLink } from "@/components/enquire-link";
import { FigureList } from "@/components/figure-list";
import { LinkList } from "@/components/link-list";
import { Localized } from "@/components/localized";
import { SourceNote } from "@/components/source-note";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/country-name";

/** A project's public page content: the public route renders it, and so does the staff preview. */
export async function ProjectArticle({ project, locale }: { project: ProjectDetail; locale: Locale }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  return (
    <article className="space-y-8">
      <Breadcrumb section={{ href: "/projects", label: t("nav.projects") }}>
        <Localized value={project.name} />
      </Breadcrumb>
      <header>
        <p className="text-sm font-medium text-slate-700">
          <Link href={`/projects?area=${project.area.slug}`} className="underline">
            <Localized value={project.area.name} />
          </Link>{" "}
          · {t(`projectStage.${project.stage}`)}
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">
          <Localized value={project.name} />
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">
          <Localized value={project.summary} />
        </p>
        {project.lastVerifiedAt && (
          <p className="mt-2 text-sm text-slate-700">
            {t("project.lastVerified", { date: date(project.lastVerifiedAt) })}
          </p>
        )}
        <p className="mt-4">
          <EnquireLink query={{ project: project.slug }} label={t("enquiry.enquireAboutProject")} />
        </p>
      </header>

      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">{t("project.amount")}</dt>
          <dd className="font-semibold">
            {project.amount !== null && project.currency
              ? formatAmount(project.amount, project.currency, locale)
              : t("project.undisclosed")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("project.stage")}</dt>
          <dd className="font-semibold">{t(`projectStage.${project.stage}`)}</dd>
        </div>
        {project.investor && (
          <div>
            <dt className="text-sm text-slate-700">{t("project.investor")}</dt>
            <dd className="font-semibold">
              <Localized value={project.investor} />
            </dd>
          </div>
        )}
        {project.partnerCountry && (
          <div>
            <dt className="text-sm text-slate-700">{t("project.partnerCountry")}</dt>
            <dd className="font-semibold">{countryName(project.partnerCountry, locale)}</dd>
          </div>
        )}
        {project.park && (
          <div>
            <dt className="text-sm text-slate-700">{t("project.park")}</dt>
            <dd className="font-semibold">
              <Link href={`/parks/${project.park.slug}`} className="text-brand-800 underline">
                <Localized value={project.park.name} />
              </Link>
            </dd>
          </div>
        )}
        {(["signedOn", "startedOn", "completedOn"] as const).map(
          (field) =>
            project[field] && (
              <div key={field}>
                <dt className="text-sm text-slate-700">{t(`project.${field}`)}</dt>
                <dd className="font-semibold">{date(project[field])}</dd>
              </div>
            ),
        )}
        {project.industries.length > 0 && (
          <div>
            <dt className="text-sm text-slate-700">{t("project.industries")}</dt>
            <dd className="flex flex-wrap gap-x-3">
              {project.industries.map((industry) => (
                <Link
                  key={industry.slug}
                  href={`/industries/${industry.slug}`}
                  className="text-brand-800 underline"
                >
                  <Localized value={industry.name} />
                </Link>
              ))}
            </dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="about">
        <h2 id="about" className="text-xl font-semibold text-brand-900">
          {t("project.about")}
        </h2>
        <p className="mt-3 max-w-3xl whitespace-pre-line text-slate-800">
          <Localized value={project.description} />
        </p>
        {project.source && (
          <p className="mt-3 text-sm text-slate-700">
            <SourceNote source={project.source} />
          </p>
        )}
      </section>

      {project.figures.length > 0 && (
        <section aria-labelledby="figures">
          <h2 id="figures" className="text-xl font-semibold text-brand-900">
            {t("project.figures")}
          </h2>
          <div className="mt-3">
            <FigureList figures={project.figures} />
          </div>
        </section>
      )}
      <LinkList
        id="policies"
        title={t("project.policies")}
        basePath="/policies"
        items={project.policies.map((p) => ({ slug: p.slug, name: p.title }))}
      >
        <Link
          href={project.park ? `/policies?park=${project.park.slug}` : `/policies?area=${project.area.slug}`}
          className="mt-2 inline-block text-brand-800 underline"
        >
          {t("project.allPolicies")}
        </Link>
      </LinkList>
      <LinkList
        id="news"
        title={t("project.news")}
        basePath="/news"
        items={project.news.map((n) => ({ slug: n.slug, name: n.title }))}
      />
    </article>
  );
}
