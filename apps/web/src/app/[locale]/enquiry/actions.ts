"use server";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { enquiryFromForm, isLocale, type EnquiryFieldErrors } from "@ig/domain";
import { clientIp } from "@/server/client-ip";
import { submitEnquiry } from "@/server/submit-enquiry";

export type EnquiryFormState =
  | { kind: "idle" }
  | {
      kind: "invalid" | "rate-limited" | "unavailable" | "token-refused";
      errors?: EnquiryFieldErrors;
      retryAfter?: number;
      /** What the visitor typed, so that the form (also without JavaScript) keeps it. */
      values: ReturnType<typeof enquiryFromForm>;
      /** After "token-refused": a fresh one-time token, so that sending again is a new enquiry. */
      submissionToken?: string;
    };

/**
 * The form's server action: with or without JavaScript, the same validation and the same write.
 * Its arguments are whatever the client posted: anything but a form is judged as an empty one.
 */
export async function sendEnquiry(_previous: unknown, posted: unknown): Promise<EnquiryFormState> {
  const form = posted instanceof FormData ? posted : new FormData();
  const values = enquiryFromForm(form);
  const result = await submitEnquiry(values, {
    ip: clientIp(await headers()),
    honeypot: form.get("website"),
    proofOfWork: form.get("proof"),
    token: form.get("submissionToken"),
  });
  if (result.kind === "created") {
    const locale = String(form.get("locale"));
    redirect(`/${isLocale(locale) ? locale : "en"}/enquiry/sent?ref=${encodeURIComponent(result.reference)}`);
  }
  return result.kind === "invalid"
    ? { kind: "invalid", errors: result.errors, values }
    : result.kind === "rate-limited"
      ? { kind: "rate-limited", retryAfter: result.retryAfter, values }
      : result.kind === "token-refused"
        ? { kind: "token-refused", values, submissionToken: randomUUID() }
        : { kind: "unavailable", values };
}
