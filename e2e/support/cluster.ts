import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

// Playwright runs from the repository root (where playwright.config.ts is).
const root = process.cwd();

/**
 * Two instances of the production build on one PostgreSQL of their own, as behind a load
 * balancer: same NEXTAUTH_SECRET, their own ports. The database can be restarted under them.
 * `env` goes to both instances, `perInstance[i]` to instance i only. Each spec that starts one
 * takes a `slot` of its own (0, 1 …), so that clusters of specs running at once do not collide:
 * ports E2E_PORT + 10 + 2 × slot and + 1, PostgreSQL on E2E_PG_PORT + 10 + slot.
 */
export async function startCluster(
  env: Record<string, string> = {},
  {
    perInstance = [],
    slot = 0,
  }: { perInstance?: [Record<string, string>?, Record<string, string>?]; slot?: number } = {},
) {
  const basePort = Number(process.env.E2E_PORT ?? 3100) + 10 + 2 * slot;
  const pgPort = Number(process.env.E2E_PG_PORT ?? 54332) + 10 + slot;
  const pgDir = `${process.env.E2E_PG_DIR ?? ".data/e2e-postgres"}-cluster${slot || ""}`;
  rmSync(path.join(root, pgDir), { recursive: true, force: true });
  const controller = spawn(path.join(root, "node_modules/.bin/tsx"), ["e2e/support/postgres-controller.ts"], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(pgPort) },
  });
  const lines = createInterface({ input: controller.stdout! })[Symbol.asyncIterator]();
  const nextLine = async (prefix: string) => {
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      if (line.value.startsWith(prefix)) return line.value;
    }
    throw new Error(`the PostgreSQL controller ended before printing "${prefix}"`);
  };
  const databaseUrl = (await nextLine("ready ")).slice("ready ".length);
  const secret = randomBytes(32).toString("base64");
  const instances = [basePort, basePort + 1].map((port, i) =>
    spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: path.join(root, "apps/web"),
      stdio: "ignore",
      env: {
        ...process.env,
        ...env,
        ...perInstance[i],
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://localhost:${port}`,
        PORT: String(port),
      },
    }),
  );
  const urls = [basePort, basePort + 1].map((port) => `http://localhost:${port}`);
  await Promise.all(urls.map((url) => waitUntilUp(`${url}/en`)));
  return {
    urls: urls as [string, string],
    databaseUrl,
    restartPostgres: async () => {
      controller.stdin!.write("restart\n");
      await nextLine("restarted");
    },
    stop: async () => {
      instances.forEach((instance) => instance.kill("SIGTERM"));
      controller.stdin!.write("stop\n");
      await exited(controller);
    },
  };
}

async function waitUntilUp(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up within a minute`);
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
