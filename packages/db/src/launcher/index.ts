// `@ig/db/launcher`: the launcher's parts, for scripts that need a database of their own (the
// search benchmark starts one in its own folder and port; `cli.ts` is the launcher itself).
export { repoRoot, startEmbeddedPostgres } from "./embedded-postgres.ts";
export { applyMigrations } from "./migrations.ts";
export { seedDatabase } from "../seed/seed-database.ts";
export { isLocalDatabase } from "../connection-settings.ts";
