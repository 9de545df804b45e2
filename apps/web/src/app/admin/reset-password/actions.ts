"use server";
import { ZPassword } from "@ig/domain";
import { resetStaffPassword } from "@ig/db";

export type ResetState = { error?: "tooShort" | "tooLong" | "invalidLink"; done?: boolean };

/**
 * Public: the token in the link is the only credential (256 random bits, single use, 24 hours).
 * Its arguments are whatever the client posted: anything but a form is judged as an empty one.
 */
export async function resetPasswordAction(_: unknown, posted: unknown): Promise<ResetState> {
  const form = posted instanceof FormData ? posted : new FormData();
  const password = ZPassword.safeParse(form.get("password"));
  if (!password.success)
    return { error: password.error.issues[0]?.message === "tooLong" ? "tooLong" : "tooShort" };
  const ok = await resetStaffPassword({ token: String(form.get("token") ?? ""), password: password.data });
  return ok ? { done: true } : { error: "invalidLink" };
}
