// For the reliability journeys: an embedded PostgreSQL of their own (EMBEDDED_PG_DIR,
// EMBEDDED_PG_PORT), migrated and seeded with the demo staff, that a test can restart. Prints
// "ready <url>" when up; reads commands from stdin: "restart" (stop, start again, print
// "restarted") and "stop".
import { createInterface } from "node:readline";
import { embeddedOptionsFromEnv, ensureDatabase, startEmbeddedPostgres } from "@ig/db/launcher";

async function main() {
  const database = await ensureDatabase();
  let stop = database.stop;
  console.log(`ready ${database.url}`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "restart") {
      await stop();
      // Same folder and port, so the same URL: already migrated and seeded.
      stop = (await startEmbeddedPostgres(embeddedOptionsFromEnv())).stop;
      console.log("restarted");
    } else if (line === "stop") break;
  }
  await stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
