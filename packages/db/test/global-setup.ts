import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { repoRoot, startEmbeddedPostgres } from "../src/launcher/embedded-postgres.ts";
import { applyMigrations } from "../src/launcher/migrations.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** A throw-away embedded PostgreSQL, migrated with the committed migrations, for this test run. */
export default async function setup(project: TestProject) {
  const dataDir = path.join(repoRoot, process.env.TEST_PG_DIR ?? ".data/test-db");
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.TEST_PG_PORT ?? 54331),
    database: "test",
  });
  await applyMigrations(server.url);
  project.provide("databaseUrl", server.url);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
