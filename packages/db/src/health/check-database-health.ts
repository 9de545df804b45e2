import { db, type Tx } from "../client.ts";

export type DatabaseHealth =
  | { reachable: false; error: string }
  | {
      reachable: true;
      /** Migrations the running build expects that the database has not applied. */
      pendingMigrations: string[];
      outbox: { pending: number; oldestPendingSeconds: number | null };
    };

class HealthTimeout extends Error {}

/**
 * What a load balancer needs to know about the database: reachable within `timeoutMs`, migrated
 * as far as this build expects, and how far e-mail delivery is behind. Never throws: an
 * unreachable database is an answer, not an error.
 */
export async function checkDatabaseHealth({
  expectedMigrations,
  timeoutMs = 1500,
  client = db(),
}: {
  expectedMigrations: readonly string[];
  timeoutMs?: number;
  client?: Tx;
}): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([deadline, probe(client, expectedMigrations)]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Only the first line: driver errors can run long and end up in a public response.
    return { reachable: false, error: message.split("\n")[0]!.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

async function probe(client: Tx, expected: readonly string[]): Promise<DatabaseHealth> {
  await client.$queryRaw`SELECT 1`;
  const applied = await client.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((row) => row.migration_name));
  const [outbox] = await client.$queryRaw<{ pending: number; oldest: number | null }[]>`
    SELECT count(*)::int AS pending,
           extract(epoch FROM now() - min("createdAt"))::float8 AS oldest
    FROM "OutboxEmail" WHERE status = 'pending'`;
  return {
    reachable: true,
    pendingMigrations: expected.filter((name) => !done.has(name)),
    outbox: {
      pending: outbox?.pending ?? 0,
      oldestPendingSeconds: outbox?.oldest == null ? null : Math.round(outbox.oldest),
    },
  };
}
