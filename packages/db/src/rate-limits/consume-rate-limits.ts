import { preparedQuery } from "../prepared-query.ts";

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

/** Every this many calls (per process), one sweep of expired buckets (see sweepExpiredBuckets). */
const sweepEvery = 10;
/** Expired buckets deleted per sweep: more than the calls between two sweeps add (a few keys each). */
const sweepBatch = 1000;
let callsSinceSweep = 0;

// Keys in sorted order, so two requests sharing keys never lock them in opposite orders. Times
// are compared as stored (timestamp without time zone, the session's zone), so the seconds left
// are computed here rather than from a parsed timestamp, against the clock rather than the
// statement's start: a statement that waited for another's lock would count from before the
// window began.
const upsert = `
  INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "expiresAt")
  SELECT k, 1, now(), now() + make_interval(secs => $2)
  FROM unnest($1::text[]) AS k ORDER BY k
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
                   THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
    "windowStart" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
                   THEN now() ELSE "RateLimitBucket"."windowStart" END,
    "expiresAt" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
                   THEN now() + make_interval(secs => $2) ELSE "RateLimitBucket"."expiresAt" END
  RETURNING "key", "count", ceil(extract(epoch FROM "expiresAt" - clock_timestamp()::timestamp))::int AS "secondsLeft"`;

/**
 * Counts one attempt against each key in a fixed window of `windowSeconds`. One atomic statement
 * in PostgreSQL for all keys (a prepared statement: this runs on every enquiry): the limits hold
 * across every app instance, and an enquiry pays one round trip for its per-address, per-e-mail
 * and proof-of-work replay limits. Answers in the order of `limits`. Every tenth call also
 * deletes expired buckets (see sweepExpiredBuckets).
 */
export async function consumeRateLimits(
  limits: readonly RateLimit[],
  windowSeconds: number,
): Promise<RateLimitResult[]> {
  const keys = [...new Set(limits.map((l) => l.key))].sort();
  const rows = await preparedQuery<{ key: string; count: number; secondsLeft: number }>(
    "consume-rate-limits",
    upsert,
    [keys, windowSeconds],
  );
  if (++callsSinceSweep >= sweepEvery) {
    callsSinceSweep = 0;
    await sweepExpiredBuckets();
  }
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return limits.map(({ key, limit }) => {
    const row = byKey.get(key)!;
    const allowed = row.count <= limit;
    return { allowed, retryAfter: allowed ? 0 : Math.min(windowSeconds, Math.max(1, row.secondsLeft)) };
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
  await preparedQuery(
    "sweep-rate-limit-buckets",
    `DELETE FROM "RateLimitBucket" WHERE "key" IN (
       SELECT "key" FROM "RateLimitBucket" WHERE "expiresAt" <= now()
       ORDER BY "expiresAt" LIMIT $1 FOR UPDATE SKIP LOCKED)`,
    [sweepBatch],
  );
}
