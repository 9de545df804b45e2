"use server";
import { headers } from "next/headers";
import { ZReferenceLookup } from "@ig/domain";
import { consumeRateLimits, getEnquiryStatus, type EnquiryStatusView } from "@ig/db";
import { clientIp } from "@/server/client-ip";

export type StatusLookupState =
  | { kind: "idle" }
  | { kind: "found"; enquiry: EnquiryStatusView }
  | { kind: "not-found" | "rate-limited" | "unavailable"; retryAfter?: number };

/**
 * Reference + e-mail → status. Wrong pairs, malformed input (also arguments that are not a form)
 * and unknown references all get the same "not found", and look-ups are limited per IP so
 * references cannot be guessed.
 */
export async function lookupEnquiry(_previous: unknown, form: unknown): Promise<StatusLookupState> {
  try {
    const key = `status:ip:${clientIp(await headers())}`;
    const limit = (await consumeRateLimits([{ key, limit: 20 }], 3600))[0]!;
    if (!limit.allowed) return { kind: "rate-limited", retryAfter: limit.retryAfter };
    const parsed = ZReferenceLookup.safeParse(
      form instanceof FormData ? { reference: form.get("reference"), email: form.get("email") } : {},
    );
    const enquiry = parsed.success ? await getEnquiryStatus(parsed.data) : null;
    return enquiry ? { kind: "found", enquiry } : { kind: "not-found" };
  } catch {
    return { kind: "unavailable" };
  }
}
