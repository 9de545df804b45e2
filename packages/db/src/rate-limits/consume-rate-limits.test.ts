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
      data: { windowStart: new Date(Date.now() - 61_000) },
    });
    expect((await consumeRateLimits(limits, 60))[0]!.allowed).toBe(true);
  });
});
