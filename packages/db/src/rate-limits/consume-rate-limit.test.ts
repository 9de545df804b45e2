import { describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { consumeRateLimit } from "./consume-rate-limit.ts";

describe("consumeRateLimit", () => {
  it("allows the limit within a window, refuses the next with a retry time, and counts concurrent calls exactly", async () => {
    const key = `test:${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(key, 5, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.find((r) => !r.allowed)!;
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(60);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `test:window:${Date.now()}`;
    await consumeRateLimit(key, 1, 60);
    expect((await consumeRateLimit(key, 1, 60)).allowed).toBe(false);
    await db().rateLimitBucket.update({
      where: { key },
      data: { windowStart: new Date(Date.now() - 61_000) },
    });
    expect((await consumeRateLimit(key, 1, 60)).allowed).toBe(true);
  });
});
