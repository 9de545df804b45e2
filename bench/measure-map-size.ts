// `pnpm bench:map` (run `pnpm build` first): the HTML size of the map and of the comparison's
// "add a park" at the benchmark volume (the seed plus 10,000 parks), which must stay under 200 KB
// however many parks there are. The database in `.data/bench-map` is kept between runs.
import { rmSync } from "node:fs";
import path from "node:path";
import { root, startServer } from "./start-server.ts";

const budget = 200 * 1024;
const paths = [
  "/en/map",
  "/zh/map",
  "/en/map?area=liangjiang",
  "/en/compare",
  "/en/compare?parks=guoyuan-bonded-logistics-center",
  "/zh/compare?parks=guoyuan-bonded-logistics-center&q=%E4%BF%9D%E7%A8%8E",
];

async function main() {
  // Next keeps unstable_cache entries on disk across restarts: a run on the seed alone (the e2e
  // journeys) would otherwise serve its smaller pages here once.
  rmSync(path.join(root, "apps/web/.next/cache/fetch-cache"), { recursive: true, force: true });
  const server = startServer({
    port: Number(process.env.BENCH_PORT ?? 3902),
    pgDir: ".data/bench-map",
    pgPort: Number(process.env.BENCH_PG_PORT ?? 54392),
  });
  try {
    await server.ready;
    console.log("| page | HTML bytes | under 200 KB |\n| --- | ---: | --- |");
    for (const path of paths) {
      const response = await fetch(server.url + path);
      const bytes = Buffer.byteLength(await response.text());
      const status = response.ok ? "" : ` (status ${response.status})`;
      console.log(
        `| \`${path}\`${status} | ${bytes.toLocaleString("en")} | ${bytes < budget ? "yes" : "**no**"} |`,
      );
    }
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
