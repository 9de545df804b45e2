"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export function LoginForm() {
  const t = useTranslations("admin.login");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) return window.location.assign("/admin");
    const throttled = result?.error?.match(/^throttled:(\d+)$/);
    if (throttled) setError(t("throttled", { minutes: Math.ceil(Number(throttled[1]) / 60) }));
    else setError(result?.error === "CredentialsSignin" ? t("invalid") : t("error"));
  }

  return (
    // POST, so that a submit before the script has loaded never puts the password in the URL.
    <form
      method="post"
      onSubmit={submit}
      className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6"
    >
      {error && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="font-medium">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className="font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
