// The benchmark's yardstick (`pnpm bench:pages`, BENCHMARKS.md): the cheapest page this build can
// serve, prerendered at build time and served by the same server (server.ts → Next.js) as every
// page, so a page's ratio to it is what the portal costs against the framework's limit. It answers
// only when the benchmark sets BENCH_BASELINE=1 (server.ts; otherwise 404), and the proxy skips it
// (src/proxy.ts): its scripts carry no nonce, so its headers (next.config.ts) let nothing run.
export const dynamic = "force-static";

export default function BaselinePage() {
  return <p>Inland Gateway</p>;
}
