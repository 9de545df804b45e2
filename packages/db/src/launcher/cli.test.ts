import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./embedded-postgres.ts";

// A database of its own beside the test database (TEST_PG_PORT), so this test can watch it stop.
const port = Number(process.env.TEST_PG_PORT ?? 54331) + 1;
const dataDir = path.join(repoRoot, `.data/test-launcher-${port}`);

function portOpen(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function runLauncher(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _external, ...env } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", "src/launcher/cli.ts", ...args], {
      cwd: path.join(import.meta.dirname, "../.."),
      env: { ...env, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

afterAll(() => {
  // On a launcher that crashed, its PostgreSQL is still running: stop it so the run can end.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), "SIGQUIT");
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("launcher run", () => {
  it("stops its PostgreSQL and says why when the command cannot start", async () => {
    const { code, output } = await runLauncher(["run", "--", "/nonexistent/inland-gateway-server"]);
    expect(await portOpen()).toBe(false);
    expect(code).toBe(1);
    expect(output).toContain('Could not run "/nonexistent/inland-gateway-server"');
  }, 120_000);
});
