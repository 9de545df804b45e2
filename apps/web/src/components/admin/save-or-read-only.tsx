"use client";
import { useTranslations } from "next-intl";

/**
 * The end of a single-button staff edit form: Save for those who may edit, otherwise a note
 * saying why the form is read-only (so a viewer is not left wondering where the button went).
 */
export function SaveOrReadOnly({
  canEdit,
  pending,
  note,
}: {
  canEdit: boolean;
  pending: boolean;
  note: string;
}) {
  const t = useTranslations("admin.content");
  return canEdit ? (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white focus-visible:outline-2 disabled:opacity-70"
    >
      {t("save")}
    </button>
  ) : (
    <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{note}</p>
  );
}
