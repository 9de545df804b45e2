import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { connectionSettings } from "./connection-settings.ts";
import { config } from "./config/index.ts";

/** A Prisma client of its own on `url`; the app uses the one `db()` below. */
export function openDb(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg(connectionSettings(url)),
    // Secrets never leave the data layer by default: a function that needs the hash asks by name.
    omit: { staffUser: { passwordHash: true } },
  });
}

function createClient() {
  const url = config().databaseUrl;
  if (!url) throw new Error("DATABASE_URL is not set: start the app through `pnpm start` or set it.");
  return openDb(url);
}

export type Db = ReturnType<typeof openDb>;
/** A transaction client, or the client itself: factories and writes accept either. */
export type Tx = Omit<Db, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends" | "$use">;

const globalForDb = globalThis as unknown as { inlandGatewayDb?: Db };

/** The one Prisma client of the process, created on first use (so builds need no database). */
export function db(): Db {
  globalForDb.inlandGatewayDb ??= createClient();
  return globalForDb.inlandGatewayDb;
}

/** Closes the client's connections, so a script can end (and its embedded PostgreSQL stop). */
export function disconnectDatabase(): Promise<void> {
  return db().$disconnect();
}
