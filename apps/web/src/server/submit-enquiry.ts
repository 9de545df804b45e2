import "server-only";
import { enquiryFieldErrors, ZEnquiryInput, ZSubmissionToken, type EnquiryFieldErrors } from "@ig/domain";
import { consumeRateLimits, createEnquiry, findSubmittedEnquiry } from "@ig/db";
import { config } from "@ig/db/config";
import { log } from "@ig/db/log";
import { siteUrl } from "@/lib/site-url";
import { proofOfWorkReplayKey } from "./proof-of-work";
import { currentRequestId } from "./request-id";

export type SubmitResult =
  | { kind: "created"; reference: string }
  | { kind: "invalid"; errors: EnquiryFieldErrors }
  /** The submission token is malformed, or was used before for other fields. */
  | { kind: "token-refused"; reason: "malformed" | "reused" }
  | { kind: "rate-limited"; retryAfter: number }
  | { kind: "unavailable" };

const hour = 3600;

/**
 * The one way an enquiry enters the system, for the form's server action and the JSON API alike:
 * validate (bad input writes nothing), rate-limit per IP and per e-mail in PostgreSQL (so limits
 * hold across instances), flag spam (honeypot, a forged proof of work), then write it with its
 * outbox e-mails in one transaction.
 *
 * `token` (the form's one-time token or the API's Idempotency-Key; absent or "" for none) makes a
 * repeat harmless: the same fields again answer "created" with the first reference and store
 * nothing, before any rate limit counts them; other fields with a used token are refused.
 */
export async function submitEnquiry(
  raw: unknown,
  meta: { ip: string; honeypot?: unknown; proofOfWork?: unknown; token?: unknown },
): Promise<SubmitResult> {
  // Anything but an object is judged as an empty form, so the answer names every missing field.
  const parsed = ZEnquiryInput.safeParse(
    typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {},
  );
  if (!parsed.success) return { kind: "invalid", errors: enquiryFieldErrors(parsed.error) };
  const input = parsed.data;
  const token = ZSubmissionToken.optional().safeParse(meta.token || undefined);
  if (!token.success) return { kind: "token-refused", reason: "malformed" };
  const submissionToken = token.data;
  try {
    const earlier = submissionToken ? await findSubmittedEnquiry({ token: submissionToken, input }) : null;
    if (earlier) return answerFor(earlier);
    // Without JavaScript there is no proof of work: such posts are welcome, but fewer per IP.
    const replayKey = meta.proofOfWork ? await proofOfWorkReplayKey(meta.proofOfWork) : null;
    const { enquiryLimits, enquiryNotifyEmail } = config();
    const ipLimit =
      replayKey === null
        ? { key: `enquiry:ip-no-js:${meta.ip}`, limit: enquiryLimits.perIpNoJs }
        : { key: `enquiry:ip:${meta.ip}`, limit: enquiryLimits.perIp };
    const emailLimit = {
      key: `enquiry:email:${input.email.toLowerCase()}`,
      limit: enquiryLimits.perEmail,
    };
    // A solution counts once: its replay key rides in the same statement as the limits.
    const replayLimit = replayKey ? [{ key: replayKey, limit: 1 }] : [];
    const [ipResult, emailResult, replayResult] = await consumeRateLimits(
      [ipLimit, emailLimit, ...replayLimit],
      hour,
    );
    const refused = [ipResult!, emailResult!].find((result) => !result.allowed);
    if (refused) return { kind: "rate-limited", retryAfter: refused.retryAfter };
    // A forged or replayed proof of work marks spam (kept for staff, never e-mailed).
    const forgedProof = replayKey === false || (replayResult !== undefined && !replayResult.allowed);
    const spam = Boolean(meta.honeypot) || forgedProof;
    const base = siteUrl();
    const enquiry = await createEnquiry({
      input,
      spam,
      statusUrl: new URL(`/${input.language}/enquiry/status`, base).href,
      inboxUrl: new URL("/admin/enquiries", base).href,
      fallbackNotifyEmail: enquiryNotifyEmail,
      submissionToken,
    });
    return answerFor(enquiry);
  } catch (error) {
    log.error("enquiry not stored", { requestId: await currentRequestId(), error });
    return { kind: "unavailable" };
  }
}

// A repeat is answered as the first submission was: created, with the same reference.
const answerFor = (stored: Awaited<ReturnType<typeof createEnquiry>>): SubmitResult =>
  stored.kind === "token-reused"
    ? { kind: "token-refused", reason: "reused" }
    : { kind: "created", reference: stored.reference };
