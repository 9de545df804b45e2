"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteParkImageForm } from "@/server/delete-park-image-form";

/** Deletes one image after the staff member confirms it. */
export function ParkImageDelete({ slug, id, label }: { slug: string; id: string; label: string }) {
  const t = useTranslations("admin.images");
  const [state, submit, pending] = useActionState(deleteParkImageForm, { status: "idle" });
  return (
    <form
      action={submit}
      onSubmit={(event) => {
        if (!window.confirm(t("confirmDelete", { alt: label }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("deleteNamed", { alt: label })}
        className="rounded-md border border-red-700 px-3 py-1 text-sm font-semibold text-red-800 focus-visible:outline-2"
      >
        {t("delete")}
      </button>
      {typeof state.status === "number" && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {t(`failed.${[401, 403, 404].includes(state.status) ? state.status : "other"}`)}
        </p>
      )}
    </form>
  );
}
