import { useTranslations } from "next-intl";
import type { SiteReason as Reason } from "@ig/domain";
import type { SiteCandidateView } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { Localized } from "./localized";

const linkClass = "text-brand-800 underline";

/** One reason a park ranks where it does, with the data it comes from (and a link to it). */
export function SiteReason({ reason, park }: { reason: Reason; park: SiteCandidateView }) {
  const t = useTranslations();
  const r = (key: string) => `siteSelection.reason.${key}`;
  switch (reason.kind) {
    case "industry":
      return t.rich(r("industry"), {
        name: () => <Localized value={park.industryNames[reason.industry]} />,
      });
    case "customs":
      return t(r("customs"), { type: t(`parkType.${reason.type}`) });
    case "space":
      return t(r("space"), { need: t(`siteSelection.needs.${reason.need}`) });
    case "transport":
      return t.rich(r("transport"), {
        mode: t(`transportMode.${reason.mode}`),
        text: () => (
          <>
            {park.transport
              .filter((link) => link.mode === reason.mode)
              .map((link, i) => (
                <span key={i} className="block">
                  <Localized value={link.text} />
                </span>
              ))}
          </>
        ),
      });
    case "project": {
      const project = park.projects.find((p) => p.slug === reason.slug);
      return t.rich(r("project"), {
        stage: project ? t(`projectStage.${project.stage}`) : "",
        project: () => (
          <Link href={`/projects/${reason.slug}`} className={linkClass}>
            <Localized value={project?.name} />
          </Link>
        ),
      });
    }
    case "policy": {
      const policy = park.policies.find((p) => p.slug === reason.slug);
      return (
        <>
          {t.rich(r("policy"), {
            policy: () => (
              <Link href={`/policies/${reason.slug}`} className={linkClass}>
                <Localized value={policy?.title} />
              </Link>
            ),
          })}
          {policy?.benefit && (
            <span className="block text-slate-700">
              {t.rich(r("benefit"), { benefit: () => <Localized value={policy.benefit} /> })}
            </span>
          )}
        </>
      );
    }
  }
}
