"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/admin/reset-password/actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("admin.resetPassword");
  const [state, formAction, pending] = useActionState(resetPasswordAction, {});
  if (state.done) {
    return (
      <p role="status" className="mt-6">
        {t("done")}{" "}
        <a href="/admin/login" className="text-brand-800 underline">
          {t("signIn")}
        </a>
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      {state.error && (
        <p
          role="alert"
          id="password-error"
          className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900"
        >
          {t(`errors.${state.error}`)}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="password" className="font-medium">
          {t("password")}
        </label>
        <p id="password-hint" className="text-sm text-slate-700">
          {t("hint")}
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={state.error ? "password-hint password-error" : "password-hint"}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {t("submit")}
      </button>
    </form>
  );
}
