import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { canPreviewAreas, contentKinds, ZPreviewId, type EditableKind, type Locale } from "@ig/domain";
import {
  getContentForEditing,
  getStaffPreviewContent,
  renderContentPreview,
  type PublicContent,
  type StaffUser,
} from "@ig/db";
import { NewsArticle } from "@/components/news-article";
import { ParkArticle } from "@/components/park-article";
import { PolicyArticle } from "@/components/policy-article";
import { ProjectArticle } from "@/components/project-article";
import { contentControlsOf } from "@/components/admin/content-kind-fields";
import { kindOfParams } from "../../kind-of-params";
import { parsedParam, slugParam } from "@/lib/route-params";
import { requireStaffPage } from "@/server/staff-guard";

type Props = {
  params: Promise<{ kind: string; slug: string }>;
  searchParams: Promise<{ id?: string | string[]; invalid?: string | string[] }>;
};

/** The public page's own article for the content. */
function articleOf(content: PublicContent, locale: Locale) {
  switch (content.kind) {
    case "project":
      return <ProjectArticle project={content.detail} locale={locale} />;
    case "policy":
      return <PolicyArticle policy={content.detail} locale={locale} />;
    case "news":
      return <NewsArticle item={content.detail} locale={locale} />;
    case "park":
      return <ParkArticle park={content.detail} locale={locale} />;
  }
}

/**
 * A record as its public page will show it, for staff only (the page resolves the staff session
 * itself; it is rendered per request, never cached or indexed): as saved, drafts included, or
 * with `?id=` the unsaved form values its viewer sent with the edit form's Preview button (see
 * server/content-preview-action.ts), which only they can open, for as long as they may preview;
 * with `?invalid=` the fields that kept such a preview from being made, by their form labels.
 */
export default async function PreviewContentPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  const kind = await kindOfParams(params);
  const slug = await slugParam(params);
  const { id, invalid } = await searchParams;
  const previewId = id === undefined ? null : parsedParam(ZPreviewId, id);
  const editing = await getContentForEditing(user, kind, slug);
  if (!editing) notFound();
  if (invalid !== undefined)
    return <RefusedPreview user={user} kind={kind} editing={editing} invalid={invalid} />;
  if (previewId && !canPreviewAreas(user, editing.areas)) notFound();
  const content = previewId
    ? await renderContentPreview(user, { kind, slug, id: previewId })
    : await getStaffPreviewContent(user, kind, slug);
  if (!content) notFound();
  const [t, locale] = await Promise.all([getTranslations("admin.content"), getLocale()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
        <p>
          <strong>{t("previewLabel")}</strong>{" "}
          {previewId ? t("previewUnsaved") : t(`previewStatus.${editing.status}`)}
        </p>
        {!previewId && (
          <Link href={`/admin/${contentKinds[kind].path}/${slug}`} className="underline">
            {t("backToEdit")}
          </Link>
        )}
      </div>
      {articleOf(content, locale as Locale)}
    </div>
  );
}

/** Why a preview of unsaved values could not be made: the refused fields of this kind, by label, and the way back. */
async function RefusedPreview({
  user,
  kind,
  editing,
  invalid,
}: {
  user: StaffUser;
  kind: EditableKind;
  editing: { slug: string; areas: readonly string[]; ownerId: string | null };
  invalid: string | string[];
}) {
  const t = await getTranslations("admin.content");
  const names = new Set(String(invalid).split(","));
  const labels = (await contentControlsOf(kind, user, editing))
    .filter((control) => names.has(control.name))
    .map((control) => control.label);
  return (
    <div role="alert" className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h1 className="text-2xl font-bold">{t("previewRefused.title")}</h1>
      <p>
        {labels.length > 0
          ? t("previewRefused.fields", { fields: labels.join(t("previewRefused.separator")) })
          : t("previewRefused.unknown")}
      </p>
      <p>{t("previewRefused.back")}</p>
      <p>
        <Link href={`/admin/${contentKinds[kind].path}/${editing.slug}`} className="underline">
          {t("backToEdit")}
        </Link>
      </p>
    </div>
  );
}
