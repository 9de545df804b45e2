// The portal's one configuration: every runtime environment variable, parsed once and checked at
// every start (server.ts, the launcher, the CLIs, the outbox worker). No Prisma client here, so
// the custom server and build-time code can import it cheaply.
import { createHmac } from "node:crypto";
import type { Config } from "./config-schema.ts";
import { ConfigError, loadConfig } from "./load-config.ts";

export type { Config, S3Settings } from "./config-schema.ts";
export { ConfigError, loadConfig };

let current: Config | undefined;

/** The configuration of this process, parsed from `process.env` on first use. @throws ConfigError */
export function config(): Config {
  current ??= loadConfig(process.env);
  return current;
}

/**
 * The configuration, checked at the start of a process (server.ts, the outbox worker): when it is
 * not valid, the message naming each bad variable goes to stderr and the process exits with 1.
 */
export function configOrExit(): Config {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

/**
 * The launcher (and the benchmarks) start an embedded PostgreSQL when DATABASE_URL is unset: this
 * hands its URL to the rest of the process, and through the environment to every child process.
 */
export function provideDatabaseUrl(url: string) {
  process.env.DATABASE_URL = url;
  current = undefined;
}

/**
 * A key for one purpose (`"content-sync"`, `"proof-of-work"` …) derived from NEXTAUTH_SECRET
 * (HMAC-SHA256, base64url), so that one secret serves several uses without any of them revealing it.
 * @throws ConfigError when NEXTAUTH_SECRET is not set (never in production: the start checks it).
 */
export function derivedSecret(purpose: string): string {
  const secret = config().nextAuthSecret;
  if (!secret)
    throw new ConfigError(
      "NEXTAUTH_SECRET is not set: start the portal with `pnpm start` or `pnpm dev`, or set it.",
    );
  return createHmac("sha256", secret).update(purpose).digest("base64url");
}
