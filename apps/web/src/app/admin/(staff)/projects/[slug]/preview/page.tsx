import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@ig/domain";
import { getProject, getProjectForEditing } from "@ig/db";
import { ProjectArticle } from "@/components/project-article";

type Props = { params: Promise<{ slug: string }> };

/**
 * A project as its public page will show it, drafts included, for staff only (this route sits
 * behind the staff layout and is never cached or indexed).
 */
export default async function PreviewProjectPage({ params }: Props) {
  const { slug } = await params;
  const [project, editing] = await Promise.all([
    getProject(slug, { draft: true }),
    getProjectForEditing(slug),
  ]);
  if (!project || !editing) notFound();
  const t = await getTranslations("admin.content");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
        <p>
          <strong>{t("previewLabel")}</strong> {t(`previewStatus.${editing.status}`)}
        </p>
        <Link href={`/admin/projects/${slug}`} className="underline">
          {t("backToEdit")}
        </Link>
      </div>
      <ProjectArticle project={project} locale={(await getLocale()) as Locale} />
    </div>
  );
}
