import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { log } from "@ig/domain/log";
import { PrismaClient } from "./generated/prisma/client.ts";
import { connectionSettings } from "./connection-settings.ts";
import { config } from "./config/index.ts";

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    // $disconnect ends the shared pool too (the CLIs rely on it to exit).
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Secrets never leave the data layer by default: a function that needs the hash asks by name.
    omit: { staffUser: { passwordHash: true } },
  });
}

function createPool() {
  const url = config().databaseUrl;
  if (!url) throw new Error("DATABASE_URL is not set: start the app through `pnpm start` or set it.");
  const pool = new pg.Pool(connectionSettings(url));
  // An idle connection that breaks (PostgreSQL restarted) is dropped by the pool; without a
  // listener its error would end the process.
  pool.on("error", (error) => log.warn("idle database connection lost", { component: "db", error }));
  return pool;
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client, or the client itself: factories and writes accept either. */
export type Tx = Omit<Db, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends" | "$use">;

const globalForDb = globalThis as unknown as { inlandGatewayDb?: Db; inlandGatewayPool?: pg.Pool };

/** The one connection pool of the process (DATABASE_URL's `connection_limit`, default 10), created on first use. */
export function pool(): pg.Pool {
  globalForDb.inlandGatewayPool ??= createPool();
  return globalForDb.inlandGatewayPool;
}

/** The one Prisma client of the process, on pool(), created on first use (so builds need no database). */
export function db(): Db {
  globalForDb.inlandGatewayDb ??= createClient(pool());
  return globalForDb.inlandGatewayDb;
}
