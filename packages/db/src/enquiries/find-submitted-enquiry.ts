import { createHash } from "node:crypto";
import type { TEnquiryInput } from "@ig/domain";
import { db } from "../client.ts";

/** What a submission token already stands for (see findSubmittedEnquiry). */
export type SubmittedEnquiry = { kind: "repeat"; reference: string } | { kind: "token-reused" };

/** SHA-256 (hex) of the parsed fields, in the schema's order: equal for a repeat of the same form post. */
export function submissionHash(input: TEnquiryInput): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}

/**
 * The enquiry stored under a submission token, if any: a "repeat" (same fields: answer with its
 * reference) or "token-reused" (other fields, e.g. another e-mail address: its reference must not
 * be shown to whoever sent them). Null when the token is new.
 */
export async function findSubmittedEnquiry({
  token,
  input,
}: {
  token: string;
  input: TEnquiryInput;
}): Promise<SubmittedEnquiry | null> {
  const row = await db().enquiry.findUnique({
    where: { submissionToken: token },
    select: { reference: true, submissionHash: true },
  });
  if (!row) return null;
  return row.submissionHash === submissionHash(input)
    ? { kind: "repeat", reference: row.reference }
    : { kind: "token-reused" };
}
