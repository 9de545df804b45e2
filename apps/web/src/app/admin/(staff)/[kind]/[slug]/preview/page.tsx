import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { contentKinds, type EditableKind, type Locale } from "@ig/domain";
import { getContentForEditing, getNewsItem, getPark, getPolicy, getProject } from "@ig/db";
import { NewsArticle } from "@/components/news-article";
import { ParkArticle } from "@/components/park-article";
import { PolicyArticle } from "@/components/policy-article";
import { ProjectArticle } from "@/components/project-article";
import { kindOfParams } from "../../kind-of-params";
import { slugParam } from "@/lib/route-params";
import { requireStaffPage } from "@/server/staff-guard";

type Props = { params: Promise<{ kind: string; slug: string }> };

/** The public page of a record, drafts included. */
async function articleOf(kind: EditableKind, slug: string, locale: Locale) {
  const draft = { draft: true };
  if (kind === "project") {
    const project = await getProject(slug, draft);
    return project && <ProjectArticle project={project} locale={locale} />;
  }
  if (kind === "policy") {
    const policy = await getPolicy(slug, draft);
    return policy && <PolicyArticle policy={policy} locale={locale} />;
  }
  if (kind === "news") {
    const item = await getNewsItem(slug, draft);
    return item && <NewsArticle item={item} locale={locale} />;
  }
  const park = await getPark(slug, draft);
  return park && <ParkArticle park={park} locale={locale} />;
}

/**
 * A record as its public page will show it, drafts included, for staff only (the page
 * resolves the staff session itself; it is never cached or indexed).
 */
export default async function PreviewContentPage({ params }: Props) {
  const user = await requireStaffPage();
  const kind = await kindOfParams(params);
  const slug = await slugParam(params);
  const locale = (await getLocale()) as Locale;
  const [article, editing] = await Promise.all([
    articleOf(kind, slug, locale),
    getContentForEditing(user, kind, slug),
  ]);
  if (!article || !editing) notFound();
  const t = await getTranslations("admin.content");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
        <p>
          <strong>{t("previewLabel")}</strong> {t(`previewStatus.${editing.status}`)}
        </p>
        <Link href={`/admin/${contentKinds[kind].path}/${slug}`} className="underline">
          {t("backToEdit")}
        </Link>
      </div>
      {article}
    </div>
  );
}
