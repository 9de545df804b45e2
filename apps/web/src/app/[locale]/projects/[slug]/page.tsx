import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localizedText } from "@/components/localized";
import { ProjectArticle } from "@/components/project-article";
import { cachedProject } from "@/lib/cached-data";
import { localeParam } from "@/lib/locale-param";
import { slugParam } from "@/lib/route-params";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const project = await cachedProject(await slugParam(params));
  if (!project) return {};
  return pageMetadata({
    locale,
    path: `/projects/${project.slug}`,
    title: localizedText(project.name, locale),
    description: localizedText(project.summary, locale),
  });
}

export default async function ProjectPage({ params }: Props) {
  const locale = await localeParam(params);
  const project = await cachedProject(await slugParam(params));
  if (!project) notFound();
  return <ProjectArticle project={project} locale={locale} />;
}
