"use client";
import { useActionState } from "react";
import type { UserFormState } from "@/app/admin/(staff)/users/actions";
import { FormStatus } from "./form-status";

/** One button that runs an account action (deactivate, send a reset link …) and shows its outcome. */
export function AccountActionButton({
  action,
  fields,
  label,
}: {
  action: (state: UserFormState, form: FormData) => Promise<UserFormState>;
  fields: Record<string, string>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-4 py-2 text-brand-800 hover:bg-brand-50 disabled:opacity-70"
      >
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
