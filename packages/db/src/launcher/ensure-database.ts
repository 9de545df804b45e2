import { config, provideDatabaseUrl } from "../config/index.ts";
import { isLocalDatabase } from "../connection-settings.ts";
import { reindexSearchText } from "../search/reindex-search-text.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { seedDemoStaff } from "../seed/seed-demo-staff.ts";
import { embeddedOptionsFromEnv, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { LauncherError } from "./launcher-error.ts";
import { applyMigrations } from "./migrations.ts";

export interface ReadyDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/**
 * The one way every command gets its database: DATABASE_URL when set (migrated, never seeded
 * unless asked), else the embedded PostgreSQL (migrated, and seeded on its first run); either
 * way with every search text written by the current search rules (reindexSearchText).
 */
export async function ensureDatabase(
  opts: { seed?: boolean; log?: (line: string) => void } = {},
): Promise<ReadyDatabase> {
  const log = opts.log ?? (() => {});
  const external = config().databaseUrl;
  const ready: ReadyDatabase = external
    ? { url: external, embedded: false, stop: async () => {} }
    : await startEmbedded(log);
  try {
    const applied = await applyMigrations(ready.url);
    if (applied) log(`applied ${applied} migration(s)`);
    if (ready.embedded) provideDatabaseUrl(ready.url);
    if (opts.seed || ready.embedded) {
      if (!isLocalDatabase(ready.url) && !config().seedAllowRemote) {
        throw new LauncherError(
          "Refusing to seed a database that is not on localhost: set SEED_ALLOW_REMOTE=1 if you really mean to.",
        );
      }
      const created = await seedDatabase({ onlyIfEmpty: !opts.seed });
      if (created) log(`seeded ${created} records from prisma/seed-data`);
      // Demo accounts never reach a database on another machine, whatever SEED_ALLOW_REMOTE says.
      if (isLocalDatabase(ready.url) && (await seedDemoStaff()))
        log("created the demo staff accounts (see README)");
    }
    const reindexed = await reindexSearchText();
    if (reindexed) log(`rewrote the search text of ${reindexed} record(s) with the current search rules`);
    return ready;
  } catch (error) {
    await ready.stop();
    throw error;
  }
}

async function startEmbedded(log: (line: string) => void): Promise<ReadyDatabase> {
  const options = embeddedOptionsFromEnv();
  const server = await startEmbeddedPostgres(options);
  log(`embedded PostgreSQL on port ${options.port} (data in ${options.dataDir})`);
  return { url: server.url, embedded: true, stop: server.stop };
}
