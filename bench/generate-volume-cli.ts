// For `pnpm bench`: loads the benchmark volume (10,000 parks, 100,000 projects, 5,000 policies)
// into DATABASE_URL on top of the seed, once (a second run finds it there and does nothing).
import { countBenchParks, disconnectDatabase, refreshSearchWords } from "@ig/db/bench-volume";
import { config } from "@ig/db/config";
import { isLocalDatabase } from "@ig/db/launcher";
import { benchPrefix, generateSearchData } from "./generate-search-data.ts";

const benchVolume = { parks: 10_000, projects: 100_000, policies: 5_000 };

async function main() {
  const url = config().databaseUrl;
  if (!url || !isLocalDatabase(url))
    throw new Error("The benchmark writes 115,000 records: it refuses a non-local DATABASE_URL.");
  if (await countBenchParks(benchPrefix)) return;
  const started = performance.now();
  await generateSearchData(benchVolume);
  await refreshSearchWords();
  console.log(
    `generated ${benchVolume.parks} parks, ${benchVolume.projects} projects and ${benchVolume.policies} policies in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

main()
  .finally(disconnectDatabase)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
