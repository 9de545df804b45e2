"use client";
import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { InboxFormState } from "@/app/admin/(staff)/enquiries/actions";

/**
 * A form of the inbox (assign, note, status, retry): runs its server action and announces the
 * outcome. The page itself re-renders with the change (the action revalidates it).
 */
export function InboxActionForm({
  action,
  children,
  className,
  label,
}: {
  action: (state: InboxFormState, form: FormData) => Promise<InboxFormState>;
  children: ReactNode;
  className?: string;
  /** Names the form for assistive technology when it holds only buttons. */
  label?: string;
}) {
  const t = useTranslations("admin.inbox");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} aria-label={label} aria-busy={pending} className={className}>
      {children}
      {state.status && (
        <p role="alert" className="mt-2 w-full rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {state.status === 400 && state.errors?.body
            ? t(`noteErrors.${state.errors.body === "tooLong" ? "tooLong" : "required"}`)
            : t(`failed.${state.status as 400 | 401 | 403 | 404 | 409}`)}
        </p>
      )}
    </form>
  );
}
