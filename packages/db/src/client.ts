import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { log } from "./log.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { connectionSettings } from "./connection-settings.ts";
import { config } from "./config/index.ts";

function prismaOn(adapter: PrismaPg) {
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer by default: a function that needs the hash asks by name.
    omit: { staffUser: { passwordHash: true } },
    // Interactive transactions (a save, a preview rendered in a rolled-back transaction) get more
    // than Prisma's 2 s wait / 5 s run: under load a preview's render took 5.6 s and failed (P2028,
    // a 500 to the editor). A transaction that still overruns is an error, as before.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

/** A Prisma client of its own on `url` (and a pool of its own); the app uses the one `db()` below. */
export function openDb(url: string) {
  return prismaOn(new PrismaPg(connectionSettings(url)));
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

export type Db = ReturnType<typeof openDb>;
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
  // $disconnect ends the shared pool too (the CLIs rely on it to exit).
  globalForDb.inlandGatewayDb ??= prismaOn(new PrismaPg(pool(), { disposeExternalPool: true }));
  return globalForDb.inlandGatewayDb;
}

/** Closes the client's connections, so a script can end (and its embedded PostgreSQL stop). */
export function disconnectDatabase(): Promise<void> {
  return db().$disconnect();
}
