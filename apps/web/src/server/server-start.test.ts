import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const webDir = path.resolve(import.meta.dirname, "../..");

/** Starts server.ts (as `pnpm start` does after the launcher) and waits for it to exit. */
function start(env: Record<string, string>) {
  // Without NODE_ENV (vitest sets "test"), as the launcher runs it: server.ts makes it production.
  const { NODE_ENV: _test, NEXTAUTH_SECRET: _secret, ...inherited } = process.env;
  const startEnv: Record<string, string | undefined> = {
    ...inherited,
    NEXTAUTH_SECRET: "x".repeat(44),
    DATABASE_URL: "postgresql://app@localhost:5432/ig",
    PORT: "1",
    ...env,
  };
  return spawnSync(path.join(webDir, "node_modules/.bin/tsx"), ["server.ts"], {
    cwd: webDir,
    encoding: "utf8",
    timeout: 60_000,
    env: startEnv as NodeJS.ProcessEnv,
  });
}

// Each start loads tsx and the configuration: seconds when the suite runs beside a build.
describe("server.ts", { timeout: 60_000 }, () => {
  it("refuses to start with a malformed setting, naming the variable and what it expects", () => {
    const result = start({ IMAGE_MAX_BYTES: "5MB" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('IMAGE_MAX_BYTES is "5MB": expected a whole number of bytes');
  });

  it("refuses to start in production without NEXTAUTH_SECRET instead of signing with an empty key", () => {
    const result = start({ NEXTAUTH_SECRET: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("NEXTAUTH_SECRET is not set: required in production");
  });
});
