import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectionSettings } from "../connection-settings.ts";
import { repoRoot } from "./embedded-postgres.ts";
import { LauncherError } from "./launcher-error.ts";

const migrationsDir = path.join(repoRoot, "prisma/migrations");
const dbPackageDir = path.join(repoRoot, "packages/db");

/** Migrations committed in prisma/migrations that the database has not applied yet. */
async function pendingMigrations(url: string): Promise<string[]> {
  const committed = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client(connectionSettings(url));
  try {
    await client.connect();
  } catch (error) {
    throw new LauncherError(
      `Cannot connect to the database at ${new URL(url).host} (${(error as Error).message}): check DATABASE_URL and that the server is running.`,
    );
  }
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    if (!rows[0]?.exists) return committed;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return committed.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations with the standard `prisma migrate deploy`. It is only spawned when
 * something is pending, because the CLI's WASM engine keeps the process alive ~10 s after its work.
 */
export async function applyMigrations(url: string): Promise<number> {
  const pending = await pendingMigrations(url);
  if (pending.length === 0) return 0;
  const result = spawnSync("pnpm", ["exec", "prisma", "migrate", "deploy"], {
    cwd: dbPackageDir,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const reason = `${result.stdout}\n${result.stderr}`
      .trim()
      .split("\n")
      .filter(Boolean)
      .slice(-3)
      .join(" ");
    throw new LauncherError(
      `Applying the database migrations failed (${reason}): fix the cause, or with the embedded database delete the .data folder to start afresh.`,
    );
  }
  return pending.length;
}
