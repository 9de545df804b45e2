// `pnpm bench:pages` (part of `pnpm bench`; run `pnpm build` first): throughput and latency of the
// public pages (English and Chinese), search and enquiry submissions at 1, 8 and 32 connections
// against the production build with the seed plus 10,000 parks, 100,000 projects and 5,000
// policies, each target's req/s as a ratio to the build's static bare page measured in the same
// run, every page response checked for a fresh nonce of its own (fresh-nonce.ts); then the
// first-load JavaScript of the public routes and a Lighthouse run (BENCH_LIGHTHOUSE=0 skips it).
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshNonceChecker, type NonceTally } from "./fresh-nonce.ts";
import { lighthouseRoutes, targets as allTargets, weighedRoutes } from "./load-targets.ts";
import { lighthouseScores } from "./lighthouse.ts";
import { measureLoad, type LoadResult } from "./measure-load.ts";
import { firstLoadJs } from "./page-weight.ts";
import { root, startServer } from "./start-server.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? "1,8,32").split(",").map(Number);
// BENCH_ONLY="API" measures the targets whose name contains one of its comma-separated words,
// always with the baseline (the first target), which every ratio needs.
const only = process.env.BENCH_ONLY?.split(",");
const targets = allTargets.filter((t, i) => i === 0 || !only || only.some((word) => t.name.includes(word)));
const pgDir = ".data/bench-pages";
const ms = (value: number) => value.toFixed(1);
// The command as run, with the settings that change it, for the table's heading.
const command = [
  ...Object.entries(process.env)
    .filter(([name]) => /^BENCH_(SECONDS|CONNECTIONS|ONLY|LIGHTHOUSE)$/.test(name))
    .map(([name, value]) => `${name}=${value}`),
  "pnpm bench:pages",
].join(" ");

async function main() {
  const load = os.loadavg()[0]!.toFixed(1);
  rmSync(path.join(root, pgDir), { recursive: true, force: true });
  const port = Number(process.env.BENCH_PORT ?? 3901);
  console.log(`starting the production build on :${port}, loading the volume (a few minutes) …`);
  const server = startServer({ port, pgDir, pgPort: Number(process.env.BENCH_PG_PORT ?? 54391) });
  try {
    await server.ready;
    const results = new Map<string, LoadResult & { nonces?: NonceTally }>();
    for (const connections of connectionCounts) {
      for (const target of targets) {
        // One request alone first, so that the caches are filled by one render rather than by
        // as many at once as there are connections, and the server has finished the previous
        // row's work; then a short warm-up lets the JIT settle before the measured run.
        if (!target.body) await (await fetch(`${server.url}${target.path}`)).arrayBuffer();
        const nonces = target.page ? freshNonceChecker() : undefined;
        await measureLoad(server.url, target, connections, 2, nonces?.check);
        process.stdout.write(`${target.name} at ${connections} … `);
        const result = await measureLoad(server.url, target, connections, seconds, nonces?.check);
        results.set(`${target.name}@${connections}`, { ...result, nonces: nonces?.tally });
        console.log(`${result.rps.toFixed(0)} req/s`);
      }
    }
    console.log(
      `\n\`${command}\` · ${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ""} · load average ${load} before, ${os.loadavg()[0]!.toFixed(1)} after · ${seconds} s per row\n`,
    );
    console.log(
      "| target | connections | req/s | × baseline | p50 ms | p95 ms | p99 ms | responses | fresh nonce | goal | met |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- |");
    for (const target of targets) {
      for (const connections of connectionCounts) {
        const r = results.get(`${target.name}@${connections}`)!;
        const ratio = r.rps / results.get(`${targets[0]!.name}@${connections}`)!.rps;
        // A page row is met only if every response checked (warm-up included) had its own nonce.
        const noncesHeld = !r.nonces || (r.nonces.checked > 0 && r.nonces.fresh === r.nonces.checked);
        const goalMet = target.met({ ...r, ratio }, connections);
        const met = goalMet === null ? null : goalMet && noncesHeld;
        const errors = r.errors ? `, ${r.errors} errors` : "";
        const nonces = r.nonces
          ? `${r.nonces.fresh}/${r.nonces.checked}${r.nonces.firstFailure ? ` (${r.nonces.firstFailure})` : ""}`
          : "—";
        console.log(
          `| ${target.name} | ${connections} | ${r.rps.toFixed(0)} | ${ratio.toFixed(2)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.statuses}${errors} | ${nonces} | ${target.goal} | ${met === null ? "" : met ? "yes" : "**no**"} |`,
        );
      }
    }

    console.log("\n| route | script files | first-load JS (gzip, KiB) | × bare page |");
    console.log("| --- | ---: | ---: | ---: |");
    const bare = await firstLoadJs(`${server.url}${weighedRoutes[0]}`);
    for (const route of weighedRoutes) {
      const weight = await firstLoadJs(`${server.url}${route}`);
      console.log(
        `| ${route} | ${weight.scripts} | ${(weight.gzip / 1024).toFixed(1)} | ${(weight.gzip / bare.gzip).toFixed(2)} |`,
      );
    }

    if (process.env.BENCH_LIGHTHOUSE !== "0") {
      console.log("\n| page (Lighthouse, mobile) | performance | accessibility | best practices | SEO |");
      console.log("| --- | ---: | ---: | ---: | ---: |");
      for (const route of lighthouseRoutes) {
        const s = await lighthouseScores(`${server.url}${route}`);
        console.log(
          `| ${route} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} |`,
        );
      }
      console.log("\nGoals: performance ≥ 98, accessibility 100, best practices 100, SEO 100.");
    }
  } finally {
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
