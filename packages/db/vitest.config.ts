import { defineConfig } from "vitest/config";

// Integration tests against a real PostgreSQL (a fresh embedded one per run, see test/global-setup.ts).
// Files share that database, so they run one after another.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/use-test-database.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
