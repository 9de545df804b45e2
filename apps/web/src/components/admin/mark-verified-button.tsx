"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { VerifiableKind } from "@ig/domain/content-kinds/kind-names";
import { submitMarkVerified, type VerifyState } from "@/app/admin/(staff)/stale/actions";

/** "Mark verified" for one record, from the version shown; the button names the record for screen readers. */
export function MarkVerifiedButton({
  kind,
  id,
  version,
  name,
}: {
  kind: VerifiableKind;
  id: string;
  version: number;
  name: string;
}) {
  const t = useTranslations("admin.verify");
  const [state, submit, pending] = useActionState<VerifyState, FormData>(submitMarkVerified, {
    kind: "idle",
  });
  return (
    <form action={submit} className="space-y-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-green-800 bg-white px-3 py-1 font-semibold text-green-900 focus-visible:outline-2 disabled:opacity-70"
      >
        {t("button")}
        <span className="sr-only">: {name}</span>
      </button>
      {state.kind === "done" && (
        <p role="status" className="text-sm text-green-900">
          {t("done")}
        </p>
      )}
      {(state.kind === "conflict" || state.kind === "refused") && (
        <p role="alert" className="text-sm text-red-800">
          {state.kind === "conflict" ? t("conflict") : t(`refused.${state.status}`)}
        </p>
      )}
    </form>
  );
}
