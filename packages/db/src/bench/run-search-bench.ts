// `pnpm bench:search`: search latency at seed size and with 10,000 parks and 100,000 projects.
// Uses DATABASE_URL when set (local only: it writes), else its own embedded PostgreSQL, started
// afresh in BENCH_PG_DIR on BENCH_PG_PORT so it never touches the development database.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "../client.ts";
import { isLocalDatabase } from "../connection-settings.ts";
import { repoRoot, startEmbeddedPostgres } from "../launcher/embedded-postgres.ts";
import { applyMigrations } from "../launcher/migrations.ts";
import { refreshSearchWords } from "../search/refresh-search-words.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { generateSearchData, removeSearchData } from "./generate-search-data.ts";
import { benchQueries, measureSearch } from "./measure-search.ts";

const scale = { parks: 10_000, projects: 100_000 };

async function openDatabase() {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (!isLocalDatabase(external))
      throw new Error("The benchmark writes 110,000 records: it refuses a non-local DATABASE_URL.");
    return { url: external, stop: async () => {} };
  }
  const dataDir = path.resolve(repoRoot, process.env.BENCH_PG_DIR ?? ".data/bench-search");
  rmSync(dataDir, { recursive: true, force: true });
  return startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.BENCH_PG_PORT ?? 54360),
    database: "bench",
  });
}

const ms = (value: number) => value.toFixed(1);

async function main() {
  // Other processes on the machine skew the figures: the report says how busy it was.
  const load = os.loadavg()[0]!.toFixed(1);
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    await removeSearchData();
    await seedDatabase();
    const small = await measureSearch(benchQueries);
    let started = performance.now();
    await generateSearchData(scale);
    // As after any bulk import: typo correction draws on a snapshot of the published words.
    await refreshSearchWords();
    const loadSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const large = await measureSearch(benchQueries);
    const counts = { parks: await db().park.count(), projects: await db().project.count() };

    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ""} · load average ${load} before, ${os.loadavg()[0]!.toFixed(1)} after`,
    );
    console.log(
      `generated ${scale.parks} parks and ${scale.projects} projects in ${loadSeconds.toFixed(0)} s (now ${counts.parks} parks, ${counts.projects} projects)\n`,
    );
    console.log(
      "| query | seed: hits | seed: p50 ms | seed: p95 ms | 10k/100k: hits | 10k/100k: p50 ms | 10k/100k: p95 ms |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    small.forEach((row, i) => {
      const big = large[i]!;
      const label = [
        `\`${row.query.q}\``,
        row.query.kind && `kind=${row.query.kind}`,
        row.query.note && `(${row.query.note})`,
      ]
        .filter(Boolean)
        .join(" ");
      console.log(
        `| ${label} | ${row.hits} | ${ms(row.p50)} | ${ms(row.p95)} | ${big.hits} | ${ms(big.p50)} | ${ms(big.p95)} |`,
      );
    });
    console.log(
      `\n+ = at least (a kind had more hits than a search examines), ~ = hits of the corrected query. Measured in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
