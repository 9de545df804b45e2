// `pnpm bench:enquiries`: enquiry submissions per second and latency at 32 concurrent connections,
// against the production build (`pnpm build` first) on a fresh embedded PostgreSQL of its own.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3901);
const url = `http://localhost:${port}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const pgDir = ".data/bench-enquiries";

async function main() {
  rmSync(path.join(root, pgDir), { recursive: true, force: true });
  console.log(`starting the production build on :${port} with its own embedded PostgreSQL …`);
  const server = spawn(
    "pnpm",
    [
      "--filter",
      "@ig/web",
      "exec",
      "tsx",
      "../../packages/db/src/launcher/cli.ts",
      "run",
      "--",
      "next",
      "start",
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        PORT: String(port),
        EMBEDDED_PG_DIR: pgDir,
        EMBEDDED_PG_PORT: process.env.BENCH_PG_PORT ?? "54391",
        // The load comes from one address and one machine: measure the write path, not the limiter.
        ENQUIRY_LIMIT_PER_IP: "1000000000",
        ENQUIRY_LIMIT_PER_IP_NO_JS: "1000000000",
        ENQUIRY_LIMIT_PER_EMAIL: "1000000000",
      },
    },
  );
  try {
    await waitForServer();
    let sequence = 0;
    const body = () =>
      JSON.stringify({
        name: "Bench Investor",
        email: `bench.${process.pid}.${sequence++}@example.com`,
        company: "Load Test Ltd",
        country: "SG",
        sizeBand: "10m-100m",
        parks: ["guoyuan-bonded-logistics-center"],
        message: "Measuring how many enquiries the portal stores per second.",
        language: "en",
        consent: true,
      });
    console.log(`warming up, then ${seconds} s at 32 connections …`);
    await run(body, 8, 5);
    const result = await run(body, 32, seconds);
    const statuses = Object.entries(result.statusCodeStats ?? {}).map(
      ([code, { count }]) => `${code}: ${count}`,
    );
    console.log("\n| connections | requests/s (mean) | p50 ms | p97.5 ms | p99 ms | responses |");
    console.log("| --- | --- | --- | --- | --- | --- |");
    console.log(
      `| 32 | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${statuses.join(", ")} |`,
    );
    if (result.non2xx) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
  }
}

function run(body: () => string, connections: number, duration: number) {
  return autocannon({
    url: `${url}/api/enquiries`,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
}

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/en`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

void main();
