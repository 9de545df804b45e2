import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The journeys run against what users get: `next build` + the portal's server, on a fresh embedded
// PostgreSQL of their own (migrated and seeded by the launcher), in Debian's Chromium.
const url = process.env.DATABASE_URL;
if (url && !["localhost", "127.0.0.1", "::1", "[::1]"].includes(new URL(url).hostname)) {
  throw new Error("The e2e suite writes to its database: refusing a DATABASE_URL that is not on localhost.");
}

const port = Number(process.env.E2E_PORT ?? 3100);
const pgDir = process.env.E2E_PG_DIR ?? ".data/e2e-postgres";
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Signs each demo account in once through the login form and saves its session in e2e/.auth/
    // (git-ignored) for the journeys: see e2e/support/staff-session.ts.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    // The database is new, so must be the data cached from it: Next keeps unstable_cache entries on
    // disk across restarts and would serve an earlier run's records (stale-while-revalidate) once.
    command: `rm -rf ${pgDir} apps/web/${process.env.NEXT_DIST_DIR ?? ".next"}/cache/fetch-cache && pnpm --filter @ig/web run serve`,
    url: `http://localhost:${port}/en`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      EMBEDDED_PG_DIR: pgDir,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54332",
      NEXT_TELEMETRY_DISABLED: "1",
      // Every journey posts from 127.0.0.1: per-IP limits would trip; the per-e-mail one is tested.
      ENQUIRY_LIMIT_PER_IP: "100000",
      ENQUIRY_LIMIT_PER_IP_NO_JS: "100000",
      LOGIN_FAILURES_PER_IP: "100000",
      OPEN_DATA_LIMIT_PER_MINUTE: "100000",
    },
  },
});
