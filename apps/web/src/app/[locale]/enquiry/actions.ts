"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { enquiryFromForm, isLocale, type EnquiryFieldErrors } from "@ig/domain";
import { clientIp } from "@/server/client-ip";
import { submitEnquiry } from "@/server/submit-enquiry";

export type EnquiryFormState =
  | { kind: "idle" }
  | {
      kind: "invalid" | "rate-limited" | "unavailable";
      errors?: EnquiryFieldErrors;
      retryAfter?: number;
      /** What the visitor typed, so that the form (also without JavaScript) keeps it. */
      values: ReturnType<typeof enquiryFromForm>;
    };

/** The form's server action: with or without JavaScript, the same validation and the same write. */
export async function sendEnquiry(_previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  const values = enquiryFromForm(form);
  const result = await submitEnquiry(values, {
    ip: clientIp(await headers()),
    honeypot: form.get("website"),
    proofOfWork: form.get("proof"),
  });
  if (result.kind === "created") {
    const locale = String(form.get("locale"));
    redirect(`/${isLocale(locale) ? locale : "en"}/enquiry/sent?ref=${encodeURIComponent(result.reference)}`);
  }
  return result.kind === "invalid"
    ? { kind: "invalid", errors: result.errors, values }
    : result.kind === "rate-limited"
      ? { kind: "rate-limited", retryAfter: result.retryAfter, values }
      : { kind: "unavailable", values };
}
