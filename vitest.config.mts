import { defineConfig } from "vitest/config";

// The workspace root's own tests (the lint rules); each package runs its tests with its config.
export default defineConfig({ test: { include: ["lint-rules/**/*.test.ts"] } });
