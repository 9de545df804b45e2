import { getFormatter, getTranslations } from "next-intl/server";
import type { ContentEditView } from "@ig/db";

/**
 * Says whose draft revision the edit form holds and when it was saved (China time), or, to those
 * who may not see it, that a published record has changes waiting; nothing for other records.
 */
export async function DraftNotice({ record }: { record: ContentEditView & { draftHidden: boolean } }) {
  const [t, format] = await Promise.all([getTranslations("admin.content.draft"), getFormatter()]);
  if (record.draftHidden)
    return <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{t("hidden")}</p>;
  if (!record.draft) return null;
  // In the portal's time zone (China time), which i18n/request.ts gives every formatter.
  const savedAt = format.dateTime(new Date(record.draft.savedAt), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
      {t("notice", { name: record.draft.author?.name ?? t("formerStaff"), savedAt })}
    </p>
  );
}
