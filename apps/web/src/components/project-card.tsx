import { useLocale, useTranslations } from "next-intl";
import { formatAmount, type Locale } from "@ig/domain";
import type { ProjectCard as ProjectCardData } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/country-name";
import { Localized } from "./localized";

/** Signed and operating projects double as success stories. */
const successStages = new Set(["signed", "operating"]);

export function ProjectCard({
  project,
  headingLevel = 2,
}: {
  project: ProjectCardData;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="flex flex-wrap gap-x-2 text-sm text-slate-700">
        <span>
          <Localized value={project.area.name} />
        </span>
        <span aria-hidden="true">·</span>
        <span>{t(`projectStage.${project.stage}`)}</span>
        {successStages.has(project.stage) && (
          <span className="rounded bg-emerald-100 px-1.5 text-emerald-900">{t("projects.successStory")}</span>
        )}
      </p>
      <Heading className="mt-1 text-lg font-semibold">
        <Link href={`/projects/${project.slug}`} className="text-brand-800 hover:underline">
          <Localized value={project.name} />
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-slate-800">
        <Localized value={project.summary} />
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        {project.amount !== null && project.currency && (
          <>
            <dt className="text-slate-700">{t("project.amount")}</dt>
            <dd className="font-medium">{formatAmount(project.amount, project.currency, locale)}</dd>
          </>
        )}
        {project.park && (
          <>
            <dt className="text-slate-700">{t("project.park")}</dt>
            <dd>
              <Localized value={project.park.name} />
            </dd>
          </>
        )}
        {project.partnerCountry && (
          <>
            <dt className="text-slate-700">{t("project.partnerCountry")}</dt>
            <dd>{countryName(project.partnerCountry, locale)}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
