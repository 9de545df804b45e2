import Link from "next/link";
import { ContentListLink } from "./content-list-link";
import { getLocale, getTranslations } from "next-intl/server";
import { contentKinds, canPreviewAreas, readOnlyReason, type EditableKind, type Locale } from "@ig/domain";
import type { ContentEditView, StaffUser } from "@ig/db";
import { localizedText } from "@/components/localized";
import { ContentEditForm } from "./content-edit-form";
import type { EditAction } from "./use-versioned-edit";
import { contentControlsOf, nameOf } from "./content-kind-fields";
import { DraftNotice } from "./draft-notice";

/** The frame of a staff edit page of any kind: way back to the list, status, delete link, whose draft it is, the form. */
export async function ContentEditPage({
  user,
  kind,
  record,
  action,
}: {
  user: StaffUser;
  kind: EditableKind;
  record: ContentEditView & { draftHidden: boolean };
  action: EditAction<ContentEditView>;
}) {
  const t = await getTranslations("admin.content");
  const locale = (await getLocale()) as Locale;
  const base = `/admin/${contentKinds[kind].path}/${record.slug}`;
  const readOnly = readOnlyReason(user, record.areas);
  const canEdit = readOnly === null;
  const name = nameOf(kind, record);
  const controls = await contentControlsOf(kind, user, record);
  return (
    <div className="space-y-6">
      <ContentListLink kind={kind} />
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">
          {t("editTitle", { name: localizedText(name, locale) })}
        </h1>
        <p className="flex gap-4">
          <span>
            {t("status")}: {t(`statusValue.${record.status}`)}
          </span>
          {(kind === "park" || kind === "project") && (
            <Link href={`/admin/figures?${kind}=${record.slug}`} className="text-brand-800 underline">
              {t("figuresLink")}
            </Link>
          )}
          {canEdit && (
            <Link href={`${base}/delete`} className="text-red-800 underline">
              {t("delete.link")}
            </Link>
          )}
        </p>
      </header>
      <p className="text-slate-800">{t("model")}</p>
      <DraftNotice record={record} />
      <ContentEditForm
        record={record}
        controls={controls}
        action={action}
        canEdit={canEdit}
        readOnlyBecause={readOnly ?? undefined}
        previewPath={canPreviewAreas(user, record.areas) ? `${base}/previews` : null}
      />
    </div>
  );
}
