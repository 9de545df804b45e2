// `@ig/db/launcher`: the launcher's parts, for scripts that need a database of their own (the
// search benchmark and the e2e reliability journeys start one; `cli.ts` is the launcher itself).
export { embeddedOptionsFromEnv, repoRoot, startEmbeddedPostgres } from "./embedded-postgres.ts";
export { ensureDatabase } from "./ensure-database.ts";
export { applyMigrations } from "./migrations.ts";
export { seedDatabase } from "../seed/seed-database.ts";
export { isLocalDatabase } from "../connection-settings.ts";
