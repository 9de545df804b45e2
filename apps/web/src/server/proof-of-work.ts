import "server-only";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import { config, derivedSecret } from "@ig/db/config";

const lifetimeMinutes = 20;

/**
 * Every instance must share the key (a challenge from one may be solved for another).
 * ALTCHA_HMAC_KEY sets it; without it, one is derived from NEXTAUTH_SECRET, which every instance
 * shares and which the start requires in production.
 */
function hmacKey(): string {
  return config().altchaHmacKey ?? derivedSecret("proof-of-work");
}

/** A fresh challenge: about 25,000 SHA-256 hashes on average to solve, well under a second. */
export function newChallenge() {
  return createChallenge({
    hmacKey: hmacKey(),
    maxnumber: 50_000,
    expires: new Date(Date.now() + lifetimeMinutes * 60_000),
  });
}

/**
 * The replay key of a valid, unexpired solution (to be counted once with a limit of 1, in the
 * same statement as the enquiry's other limits: see submitEnquiry), or false for anything else.
 * The key must outlive the challenge: its window (the enquiry limits' hour) is longer than
 * `lifetimeMinutes`.
 */
export async function proofOfWorkReplayKey(payload: unknown): Promise<string | false> {
  if (typeof payload !== "string" || payload.length > 2000) return false;
  if (!(await verifySolution(payload, hmacKey(), true).catch(() => false))) return false;
  const { signature } = JSON.parse(Buffer.from(payload, "base64").toString()) as { signature: string };
  return `proof-of-work:${signature}`;
}
