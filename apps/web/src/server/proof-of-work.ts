import "server-only";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import { consumeRateLimits } from "@ig/db";
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

/** A valid, unexpired solution that has not been used before. */
export async function verifyProofOfWork(payload: unknown): Promise<boolean> {
  if (typeof payload !== "string" || payload.length > 2000) return false;
  if (!(await verifySolution(payload, hmacKey(), true).catch(() => false))) return false;
  const { signature } = JSON.parse(Buffer.from(payload, "base64").toString()) as { signature: string };
  const [replay] = await consumeRateLimits(
    [{ key: `proof-of-work:${signature}`, limit: 1 }],
    lifetimeMinutes * 60,
  );
  return replay!.allowed;
}
