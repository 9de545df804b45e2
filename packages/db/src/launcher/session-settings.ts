import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./embedded-postgres.ts";
import { config } from "../config/index.ts";
import { LauncherError } from "./launcher-error.ts";

/**
 * NEXTAUTH_URL and NEXTAUTH_SECRET for the app. In production both come from the environment
 * (every instance needs the same secret). With the embedded database a development secret is
 * generated on first run and kept in .data/, never committed.
 */
export function sessionSettings(embedded: boolean): Record<string, string> {
  const { nextAuthUrl: url, nextAuthSecret } = config();
  if (nextAuthSecret) return { NEXTAUTH_URL: url };
  if (!embedded) {
    throw new LauncherError(
      "NEXTAUTH_SECRET is not set: give every instance the same long random value (e.g. `openssl rand -base64 32`).",
    );
  }
  const file = path.join(repoRoot, ".data/dev-session-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return { NEXTAUTH_URL: url, NEXTAUTH_SECRET: readFileSync(file, "utf8").trim() };
}
