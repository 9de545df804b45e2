"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DeleteState } from "@/server/content-delete-action";

/** The confirmation of a delete: the version shown travels along, so a changed record is not deleted unseen. */
export function DeleteConfirmForm({
  action,
  slug,
  version,
  cancelHref,
}: {
  action: (state: DeleteState, form: FormData) => Promise<DeleteState>;
  slug: string;
  version: number;
  cancelHref: string;
}) {
  const t = useTranslations("admin.content.delete");
  const [state, submit, pending] = useActionState(action, { kind: "idle" });
  return (
    <form action={submit} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      {state.kind !== "idle" && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {state.kind === "inUse" ? t("inUse", state) : t(`refused.${state.status}`)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white focus-visible:outline-2 disabled:opacity-70"
        >
          {t("confirm")}
        </button>
        <Link href={cancelHref} className="text-brand-800 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
