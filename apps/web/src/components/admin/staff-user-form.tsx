"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { areaSlugs, staffRoles } from "@ig/domain/enums";
import type { UserFormState } from "@/app/admin/(staff)/users/actions";
import { FormStatus } from "./form-status";

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/** Creates an account (with a password or a reset link) or edits one's name, role and areas. */
export function StaffUserForm({
  action,
  user,
}: {
  action: (state: UserFormState, form: FormData) => Promise<UserFormState>;
  /** The account being edited; none: a new account. */
  user?: { id: string; version: number; name: string; role: string; areas: string[] };
}) {
  const t = useTranslations("admin.users");
  const [state, formAction, pending] = useActionState(action, {});
  const [credential, setCredential] = useState("link");
  const error = (field: string) =>
    state.errors?.[field] ? (
      <p id={`${field}-error`} className="mt-1 text-sm text-red-800">
        {t(`errors.${field}`)}
      </p>
    ) : null;
  const described = (field: string) =>
    state.errors?.[field] ? { "aria-invalid": true, "aria-describedby": `${field}-error` } : {};
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <FormStatus state={state} />
      {user ? (
        <>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
        </>
      ) : (
        <div>
          <label htmlFor="email" className="font-medium">
            {t("email")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            required
            className={inputClass}
            {...described("email")}
          />
          {error("email")}
        </div>
      )}
      <div>
        <label htmlFor="name" className="font-medium">
          {t("name")}
        </label>
        <input
          id="name"
          name="name"
          required
          defaultValue={user?.name}
          className={inputClass}
          {...described("name")}
        />
        {error("name")}
      </div>
      <div>
        <label htmlFor="role" className="font-medium">
          {t("role")}
        </label>
        <select id="role" name="role" defaultValue={user?.role ?? "editor"} className={inputClass}>
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {t(`roleNames.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-medium">{t("areas")}</legend>
        {areaSlugs.map((slug) => (
          <label key={slug} className="mr-6 inline-flex items-center gap-2">
            <input type="checkbox" name="areas" value={slug} defaultChecked={user?.areas.includes(slug)} />
            {t(`areaNames.${slug}`)}
          </label>
        ))}
      </fieldset>
      {!user && (
        <fieldset>
          <legend className="font-medium">{t("credential")}</legend>
          {(["link", "password"] as const).map((value) => (
            <label key={value} className="mr-6 inline-flex items-center gap-2">
              <input
                type="radio"
                name="credential"
                value={value}
                checked={credential === value}
                onChange={() => setCredential(value)}
              />
              {t(`credentials.${value}`)}
            </label>
          ))}
          {credential === "password" && (
            <div className="mt-3">
              <label htmlFor="password" className="font-medium">
                {t("initialPassword")}
              </label>
              <input
                id="password"
                name="password"
                type="password"
                autoComplete="new-password"
                required
                minLength={12}
                className={inputClass}
                {...described("password")}
              />
              {error("password")}
            </div>
          )}
        </fieldset>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {user ? t("save") : t("create")}
      </button>
    </form>
  );
}
