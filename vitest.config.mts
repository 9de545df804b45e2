import { defineConfig } from "vitest/config";

// The workspace root's own tests (the lint rules); each package runs its tests with its config.
// The first lint loads ESLint's plugins and parser: seconds on a busy machine.
export default defineConfig({ test: { include: ["lint-rules/**/*.test.ts"], testTimeout: 60_000 } });
