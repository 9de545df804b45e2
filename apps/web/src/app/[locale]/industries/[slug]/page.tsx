import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ParkCard } from "@/components/park-card";
import { ProjectCard } from "@/components/project-card";
import { Localized, localizedText } from "@/components/localized";
import { Link } from "@/i18n/navigation";
import { cachedIndustry, cachedParksPage, cachedPolicies, cachedProjects } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { slugParam } from "@/lib/route-params";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const industry = await cachedIndustry(await slugParam(params));
  if (!industry) return {};
  const t = await getTranslations({ locale, namespace: "industry" });
  const name = localizedText(industry.name, locale);
  return pageMetadata({
    locale,
    path: `/industries/${industry.slug}`,
    title: t("title", { name }),
    description: t("description", { name }),
  });
}

/** The landing page of one industry: its parks, projects and policies in both new areas. */
export default async function IndustryPage({ params }: Props) {
  const locale = await localeParam(params);
  const slug = await slugParam(params);
  const industry = await cachedIndustry(slug);
  if (!industry) notFound();
  const t = await getTranslations({ locale, namespace: "industry" });
  const [parks, projects, policies] = await Promise.all([
    cachedParksPage({ industry: slug, page: 1 }),
    cachedProjects({ industry: slug, sort: "newest", page: 1 }),
    cachedPolicies({ industry: slug, inForce: false, page: 1 }),
  ]);
  const heading = "text-2xl font-semibold text-brand-900";
  const more = "mt-3 inline-block font-medium text-brand-800 underline";
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold text-brand-900">
        {t("title", { name: localizedText(industry.name, locale) })}
      </h1>
      <section aria-labelledby="parks">
        <h2 id="parks" className={heading}>
          {t("parks")} ({parks.total}
          {parks.more && "+"})
        </h2>
        {parks.total === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {parks.items.map((park) => (
                <li key={park.slug}>
                  <ParkCard park={park} />
                </li>
              ))}
            </ul>
            <Link href={`/parks?industry=${slug}`} className={more}>
              {t("allParks")}
            </Link>
          </>
        )}
      </section>
      <section aria-labelledby="projects">
        <h2 id="projects" className={heading}>
          {t("projects")} ({projects.total}
          {projects.more && "+"})
        </h2>
        {projects.total === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {projects.items.map((project) => (
                <li key={project.slug}>
                  <ProjectCard project={project} headingLevel={3} />
                </li>
              ))}
            </ul>
            <Link href={`/projects?industry=${slug}`} className={more}>
              {t("allProjects")}
            </Link>
          </>
        )}
      </section>
      <section aria-labelledby="policies">
        <h2 id="policies" className={heading}>
          {t("policies")} ({policies.total}
          {policies.more && "+"})
        </h2>
        {policies.total === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {policies.items.map((policy) => (
                <li key={policy.slug}>
                  <Link href={`/policies/${policy.slug}`} className="text-brand-800 underline">
                    <Localized value={policy.title} />
                  </Link>
                </li>
              ))}
            </ul>
            <Link href={`/policies?industry=${slug}`} className={more}>
              {t("allPolicies")}
            </Link>
          </>
        )}
      </section>
    </div>
  );
}
