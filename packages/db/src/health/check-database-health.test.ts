import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { checkDatabaseHealth } from "./check-database-health.ts";

describe("the database health check", () => {
  it("reports a reachable, migrated database and the age of the oldest pending e-mail", async () => {
    const applied = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations`;
    const names = applied.map((row) => row.migration_name);
    // Other test files add messages too: this one is old enough to be the oldest.
    const email = await db().outboxEmail.create({
      data: {
        to: "health@example.com",
        subject: "Health",
        text: "Health",
        language: "en",
        createdAt: new Date(Date.now() - 10 * 24 * 3600 * 1000),
      },
    });
    try {
      const health = await checkDatabaseHealth({ expectedMigrations: names });
      expect(health).toMatchObject({ reachable: true, pendingMigrations: [] });
      if (!health.reachable) return;
      expect(health.outbox.pending).toBeGreaterThanOrEqual(1);
      expect(health.outbox.oldestPendingSeconds).toBeGreaterThanOrEqual(10 * 24 * 3600);
    } finally {
      await db().outboxEmail.delete({ where: { id: email.id } });
    }
  });

  it("names the migrations the build expects that the database lacks", async () => {
    const health = await checkDatabaseHealth({ expectedMigrations: ["29991231000000_from_the_future"] });
    expect(health).toMatchObject({ reachable: true, pendingMigrations: ["29991231000000_from_the_future"] });
  });

  it("answers 'unreachable' instead of throwing when no database listens", async () => {
    // Port 1 on localhost: nothing listens there, so connecting fails at once.
    const client = new PrismaClient({
      adapter: new PrismaPg({ host: "127.0.0.1", port: 1, user: "x", password: "x", database: "x" }),
    });
    try {
      const health = await checkDatabaseHealth({ expectedMigrations: [], client });
      expect(health.reachable).toBe(false);
    } finally {
      await client.$disconnect();
    }
  });

  it("gives up after the timeout", async () => {
    const slow = {
      $queryRaw: () => new Promise((resolve) => setTimeout(resolve, 5000)),
    } as unknown as Parameters<typeof checkDatabaseHealth>[0]["client"];
    const started = Date.now();
    const health = await checkDatabaseHealth({ expectedMigrations: [], client: slow, timeoutMs: 100 });
    expect(health).toEqual({ reachable: false, error: "no answer within 100 ms" });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
