// The benchmark's yardstick (`pnpm bench`, BENCHMARKS.md): the cheapest page this build can serve
// through the same proxy and headers as every public page. Public pages render per request (each
// response carries a fresh CSP nonce), so this one does too: the ratio of a page's throughput to
// this one's is what the portal's own work costs.
export const dynamic = "force-dynamic";

export default function BaselinePage() {
  return <p>Inland Gateway</p>;
}
