import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@ig/domain";
import type { EditState } from "@/server/content-edit-state";
import { localizedText } from "@/components/localized";
import { canEditArea } from "@/server/can-edit-area";
import { getStaffUser } from "@/server/session";
import { ContentEditForm, type ChoiceField, type EditableRecord } from "./content-edit-form";

/** The frame of a staff edit page: way back to the list, status, preview link, the form. */
export async function ContentEditPage<R extends EditableRecord & { area: { slug: string } }>({
  record,
  list,
  previewPath,
  choices,
  action,
}: {
  record: R;
  list: { href: string; label: string };
  previewPath?: string;
  choices: ChoiceField[];
  action: (state: EditState<R>, form: FormData) => Promise<EditState<R>>;
}) {
  const t = await getTranslations("admin.content");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-6">
      <p>
        <Link href={list.href} className="text-brand-800 underline">
          {list.label}
        </Link>
      </p>
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">
          {t("editTitle", { name: localizedText(record.name as Record<string, string>, locale) })}
        </h1>
        <p className="flex gap-4">
          <span>
            {t("status")}: {t(`statusValue.${record.status}`)}
          </span>
          {previewPath && (
            <Link href={previewPath} className="text-brand-800 underline">
              {t("preview")}
            </Link>
          )}
        </p>
      </header>
      <p className="text-slate-800">{t("model")}</p>
      <ContentEditForm
        record={record}
        choices={choices}
        action={action}
        canEdit={canEditArea(await getStaffUser(), record.area.slug)}
      />
    </div>
  );
}
