// `pnpm bench:search`: search and list latency, server-side, at the seed and at 1×, 10× and 100×
// a generated volume (100× = 10,000 parks, 100,000 projects and 5,000 policies). Uses
// DATABASE_URL when set (local only: it writes), else its own embedded PostgreSQL, started
// afresh in BENCH_PG_DIR on BENCH_PG_PORT so it never touches the development database.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { disconnectDatabase, refreshSearchWords } from "@ig/db/bench-volume";
import { config, provideDatabaseUrl } from "@ig/db/config";
import {
  applyMigrations,
  isLocalDatabase,
  repoRoot,
  seedDatabase,
  startEmbeddedPostgres,
} from "@ig/db/launcher";
import { generateSearchData, removeSearchData } from "./generate-search-data.ts";
import { measureLists } from "./measure-lists.ts";
import { benchQueries, measureSearch } from "./measure-search.ts";

const scales = [
  { label: "1×", parks: 100, projects: 1_000, policies: 50 },
  { label: "10×", parks: 1_000, projects: 10_000, policies: 500 },
  { label: "100×", parks: 10_000, projects: 100_000, policies: 5_000 },
];

async function openDatabase() {
  const external = config().databaseUrl;
  if (external) {
    if (!isLocalDatabase(external))
      throw new Error("The benchmark writes 115,000 records: it refuses a non-local DATABASE_URL.");
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

type Row = { label: string; hits: string; p50: number; p95: number };
const ms = (value: number) => value.toFixed(1);

async function measureAll(): Promise<Row[]> {
  const search = (await measureSearch(benchQueries)).map(({ query, ...row }) => ({
    label: [`\`${query.q}\``, query.kind && `kind=${query.kind}`, query.note && `(${query.note})`]
      .filter(Boolean)
      .join(" "),
    ...row,
  }));
  const lists = (await measureLists()).map(({ name, ...row }) => ({ label: `list ${name}`, ...row }));
  return [...search, ...lists];
}

async function main() {
  // Other processes on the machine skew the figures: the report says how busy it was.
  const load = os.loadavg()[0]!.toFixed(1);
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    provideDatabaseUrl(database.url);
    await removeSearchData();
    await seedDatabase();
    console.log("measuring at seed size …");
    const results: Row[][] = [await measureAll()];
    for (const scale of scales) {
      await removeSearchData();
      const started = performance.now();
      await generateSearchData(scale);
      // As after any bulk import: typo correction draws on a snapshot of the published words.
      await refreshSearchWords();
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.log(
        `${scale.label}: generated ${scale.parks} parks, ${scale.projects} projects, ${scale.policies} policies in ${seconds} s; measuring …`,
      );
      results.push(await measureAll());
    }

    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ""} · load average ${load} before, ${os.loadavg()[0]!.toFixed(1)} after\n`,
    );
    const columns = ["seed", ...scales.map((s) => s.label)];
    console.log(
      `| query | ${columns.map((c) => `${c}: hits | ${c}: p50 ms | ${c}: p95 ms`).join(" | ")} | p95 100× / 1× |`,
    );
    console.log(`| --- |${" ---: | ---: | ---: |".repeat(columns.length)} ---: |`);
    results[0]!.forEach((row, i) => {
      const cells = results.map((r) => `${r[i]!.hits} | ${ms(r[i]!.p50)} | ${ms(r[i]!.p95)}`);
      const growth = results[3]![i]!.p95 / results[1]![i]!.p95;
      console.log(`| ${row.label} | ${cells.join(" | ")} | ${growth.toFixed(1)} |`);
    });
    console.log(
      "\n+ = at least (a kind had more hits than a search examines, or a list more matches than it counts), ~ = hits of the corrected query. Goal: search p95 < 30 ms at 100×.",
    );
  } finally {
    await disconnectDatabase();
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
