// The database launcher: `run -- <command>` (start the database, migrate, seed on first run,
// run the command with DATABASE_URL set, stop the database when it exits), `migrate`, `seed`.
import { spawn } from "node:child_process";
import { config } from "../config/index.ts";
import { ensureDatabase } from "./ensure-database.ts";
import { sessionSettings } from "./session-settings.ts";
import { LauncherError } from "./launcher-error.ts";

const log = (line: string) => console.log(`[database] ${line}`);

async function main(argv: string[]) {
  // Every variable is checked before anything starts (a ConfigError is a LauncherError).
  config();
  const [command, ...rest] = argv;
  if (command === "migrate" || command === "seed") {
    const database = await ensureDatabase({ seed: command === "seed", log });
    await database.stop();
    return 0;
  }
  if (command === "run") {
    const child = rest[0] === "--" ? rest.slice(1) : rest;
    if (child.length === 0) throw new LauncherError("Nothing to run: use `cli.ts run -- <command>`.");
    const database = await ensureDatabase({ log });
    const env = { DATABASE_URL: database.url, ...sessionSettings(database.embedded) };
    return runChild(child, env).finally(() => database.stop());
  }
  throw new LauncherError(`Unknown command "${command ?? ""}": use run, migrate or seed.`);
}

/**
 * Runs the command to its end and resolves with its exit code. A command that cannot start (no
 * such program, not executable) rejects with a LauncherError instead of an uncaught `error` event,
 * so the caller still stops the database rather than leaving it running without its launcher.
 */
function runChild([program, ...args]: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(program!, args, { stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("error", (error) => reject(new LauncherError(`Could not run "${program}": ${error.message}.`)));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LauncherError) console.error(`\n${error.message}\n`);
    else console.error(error);
    process.exit(1);
  },
);
