import type { PoolConfig } from "pg";

/**
 * DATABASE_URL as discrete pg settings. Prisma's migrate needs them discrete: with a
 * connection string node-postgres ignores `database`, so the shadow database would be the main one.
 */
export function connectionSettings(url: string): PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: Number(u.searchParams.get("connection_limit") ?? 10),
  };
}

/** True when the database is on this machine: the seed and the e2e suite refuse anything else. */
export function isLocalDatabase(url: string): boolean {
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(new URL(url).hostname);
}
