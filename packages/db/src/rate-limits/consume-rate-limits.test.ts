import { describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { consumeRateLimits } from "./consume-rate-limits.ts";

describe("consumeRateLimits", () => {
  it("allows the limit within a window, refuses the next with a retry time, and counts concurrent calls exactly", async () => {
    const key = `test:${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, async () => (await consumeRateLimits([{ key, limit: 5 }], 60))[0]!),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.find((r) => !r.allowed)!;
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(60);
  });

  it("counts several keys in one call, each against its own limit, answering in the order asked", async () => {
    const wide = `test:wide:${Date.now()}`;
    const narrow = `test:narrow:${Date.now()}`;
    const both = [
      { key: wide, limit: 3 },
      { key: narrow, limit: 1 },
    ];
    // Opposite orders at once must neither deadlock nor miscount.
    const calls = Array.from({ length: 6 }, (_, i) => (i % 2 ? both : [...both].reverse()));
    const results = await Promise.all(calls.map((limits) => consumeRateLimits(limits, 60)));
    const allowed = (key: string) =>
      calls.flatMap((limits, i) => limits.filter((l, j) => l.key === key && results[i]![j]!.allowed)).length;
    expect(allowed(wide)).toBe(3);
    expect(allowed(narrow)).toBe(1);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `test:window:${Date.now()}`;
    const limits = [{ key, limit: 1 }];
    await consumeRateLimits(limits, 60);
    expect((await consumeRateLimits(limits, 60))[0]!.allowed).toBe(false);
    await db().rateLimitBucket.update({
      where: { key },
      data: { windowStart: new Date(Date.now() - 61_000), expiresAt: new Date(Date.now() - 1_000) },
    });
    expect((await consumeRateLimits(limits, 60))[0]!.allowed).toBe(true);
  });

  it("deletes expired buckets as new attempts come in, so the table holds live windows only", async () => {
    const run = `test:sweep:${Date.now()}`;
    const past = new Date(Date.now() - 60_000);
    await db().rateLimitBucket.createMany({
      data: Array.from({ length: 250 }, (_, i) => ({
        key: `${run}:expired:${i}`,
        count: 3,
        windowStart: new Date(past.getTime() - 3_600_000),
        expiresAt: past,
      })),
    });
    // Every tenth call sweeps up to 1,000 expired buckets: far more than ten calls add.
    for (let call = 0; call < 10; call++) await consumeRateLimits([{ key: `${run}:live`, limit: 5 }], 3600);
    const left = await db().rateLimitBucket.count({ where: { key: { startsWith: `${run}:expired:` } } });
    expect(left).toBe(0);
    const live = await db().rateLimitBucket.findUniqueOrThrow({ where: { key: `${run}:live` } });
    expect(live.count).toBe(10);
  });

  it("answers a refused key's retry time from the database's clock, whatever the process's time zone", async () => {
    const key = `test:retry:${Date.now()}`;
    await consumeRateLimits([{ key, limit: 1 }], 600);
    const [refused] = await consumeRateLimits([{ key, limit: 1 }], 600);
    expect(refused).toEqual({ allowed: false, retryAfter: expect.any(Number) });
    expect(refused!.retryAfter).toBeGreaterThan(590);
    expect(refused!.retryAfter).toBeLessThanOrEqual(600);
  });
});
