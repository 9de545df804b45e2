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

/**
 * Counts one attempt against each key in a fixed window of `windowSeconds`. One atomic statement
 * in PostgreSQL for all keys: the limits hold across every app instance, and an enquiry pays one
 * round trip for its per-address and per-e-mail limits. Keys are written in sorted order so two
 * requests sharing keys never lock them in opposite orders. Answers in the order of `limits`.
 */
export async function consumeRateLimits(
  limits: readonly RateLimit[],
  windowSeconds: number,
): Promise<RateLimitResult[]> {
  const keys = [...new Set(limits.map((l) => l.key))].sort();
  const rows = await db().$queryRaw<{ key: string; count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart")
    SELECT k, 1, now() FROM unnest(${keys}::text[]) AS k ORDER BY k
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "key", "count", "windowStart"`;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return limits.map(({ key, limit }) => {
    const row = byKey.get(key)!;
    const allowed = row.count <= limit;
    const resetAt = row.windowStart.getTime() + windowSeconds * 1000;
    return { allowed, retryAfter: allowed ? 0 : Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)) };
  });
}
