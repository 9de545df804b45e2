import { spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

/**
 * The production build (`pnpm build` first) on its own embedded PostgreSQL in `pgDir`, seeded by
 * the launcher, with the benchmark volume loaded before the server starts. Rate limits are raised:
 * all load comes from one address.
 */
export function startServer({ port, pgDir, pgPort }: { port: number; pgDir: string; pgPort: number }) {
  const server = spawn(
    "pnpm",
    [
      "--filter",
      "@ig/web",
      "exec",
      "tsx",
      "../../packages/db/src/launcher/cli.ts",
      "run",
      "--",
      "sh",
      "-c",
      "tsx ../../bench/generate-volume-cli.ts && exec tsx server.ts",
    ],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        EMBEDDED_PG_DIR: pgDir,
        EMBEDDED_PG_PORT: String(pgPort),
        NEXT_TELEMETRY_DISABLED: "1",
        ENQUIRY_LIMIT_PER_IP: "1000000000",
        ENQUIRY_LIMIT_PER_IP_NO_JS: "1000000000",
        ENQUIRY_LIMIT_PER_EMAIL: "1000000000",
        OPEN_DATA_LIMIT_PER_MINUTE: "1000000000",
        BENCH_BASELINE: "1",
      },
    },
  );
  const url = `http://localhost:${port}`;
  return {
    url,
    ready: waitFor(`${url}/baseline`, 15 * 60_000),
    // The launcher stops PostgreSQL when its command ends: signal the whole process group.
    stop: () => process.kill(-server.pid!, "SIGTERM"),
  };
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
