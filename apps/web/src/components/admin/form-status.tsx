"use client";
import { useTranslations } from "next-intl";
import type { UserFormState } from "@/app/admin/(staff)/users/actions";

/** The outcome of a staff form, announced to screen readers as it appears. */
export function FormStatus({ state }: { state: UserFormState }) {
  const t = useTranslations("admin.users");
  if (state.done) {
    return (
      <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 text-green-900">
        {t(`done.${state.done}`)}
      </p>
    );
  }
  if (!state.status) return null;
  const message = state.message === "emailTaken" ? t("emailTaken") : t(`failed.${state.status}`);
  return (
    <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
      {message}
    </p>
  );
}
