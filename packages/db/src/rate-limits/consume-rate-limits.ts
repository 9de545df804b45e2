import { db } from "../client.ts";

export interface RateLimit {
  key: string;
  /** Attempts allowed per window. */
  limit: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets, when not allowed. */
  retryAfter: number;
}

/** Expired buckets deleted per call: more than any call adds (one per key), so the table stays small. */
const sweepBatch = 100;

/**
 * Counts one attempt against each key in a fixed window of `windowSeconds`. One atomic statement
 * in PostgreSQL for all keys: the limits hold across every app instance, and an enquiry pays one
 * round trip for its per-address and per-e-mail limits. Keys are written in sorted order so two
 * requests sharing keys never lock them in opposite orders. Answers in the order of `limits`.
 * Then deletes expired buckets (see sweepExpiredBuckets).
 */
export async function consumeRateLimits(
  limits: readonly RateLimit[],
  windowSeconds: number,
): Promise<RateLimitResult[]> {
  const keys = [...new Set(limits.map((l) => l.key))].sort();
  const rows = await db().$queryRaw<{ key: string; count: number; expiresAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "expiresAt")
    SELECT k, 1, now(), now() + make_interval(secs => ${windowSeconds})
    FROM unnest(${keys}::text[]) AS k ORDER BY k
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
                     THEN now() ELSE "RateLimitBucket"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
                     THEN now() + make_interval(secs => ${windowSeconds}) ELSE "RateLimitBucket"."expiresAt" END
    RETURNING "key", "count", "expiresAt"`;
  await sweepExpiredBuckets();
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return limits.map(({ key, limit }) => {
    const row = byKey.get(key)!;
    const allowed = row.count <= limit;
    return {
      allowed,
      retryAfter: allowed ? 0 : Math.max(1, Math.ceil((row.expiresAt.getTime() - Date.now()) / 1000)),
    };
  });
}

/**
 * Deletes up to `sweepBatch` buckets whose window has ended (an expired bucket counts as absent
 * anyway). Done by the callers that add buckets, opportunistically, so the table cannot outgrow
 * the windows in use whatever runs (no worker needed), and in a statement of its own: it never
 * waits (SKIP LOCKED) and holds no other lock, so it cannot deadlock with a concurrent upsert of
 * a key it is deleting; that upsert just waits for the delete and starts a fresh window.
 */
async function sweepExpiredBuckets() {
  await db().$executeRaw`
    DELETE FROM "RateLimitBucket" WHERE "key" IN (
      SELECT "key" FROM "RateLimitBucket" WHERE "expiresAt" <= now()
      ORDER BY "expiresAt" LIMIT ${sweepBatch} FOR UPDATE SKIP LOCKED)`;
}
