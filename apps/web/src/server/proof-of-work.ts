import "server-only";
import { createHash } from "node:crypto";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import { consumeRateLimits } from "@ig/db";

const lifetimeMinutes = 20;

/**
 * Every instance must share the key (a challenge from one may be solved for another).
 * ALTCHA_HMAC_KEY sets it; without it, one is derived from DATABASE_URL, which every instance of a
 * deployment shares and which is itself a secret.
 */
function hmacKey(): string {
  return (
    process.env.ALTCHA_HMAC_KEY ??
    createHash("sha256")
      .update(`proof-of-work:${process.env.DATABASE_URL ?? ""}`)
      .digest("hex")
  );
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
