// The benchmark's bare page (app/baseline) is no part of the portal: server.ts serves it only when
// the benchmark sets BENCH_BASELINE=1 (bench/start-server.ts) and answers 404 otherwise.
import { noContentPolicy, securityHeaders } from "./security-headers";

/**
 * Whether a request target (`request.url`: path and query) reaches the bare page or a file Next.js
 * serves for it (`/baseline/`, `/baseline.rsc`, `/baseline.segments/…`, `/baseline?_rsc=…`),
 * with percent-escapes, repeated slashes and dot segments read as Next.js's router reads them. A malformed
 * escape is not decoded here: the proxy refuses it with 400.
 */
export function isBaselineRequest(target: string | undefined): boolean {
  const path = (target ?? "/").split("?", 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  // Dot segments too (`/./baseline`, `/en/../baseline`): Next.js's router resolves them.
  const resolved = new URL(decoded.replace(/[/\\]+/g, "/"), "http://portal.invalid").pathname;
  return /^\/baseline(?:[/.]|$)/.test(resolved);
}

/** The answer to the bare page while the benchmark is off: as if it did not exist. */
export const baselineOff = {
  status: 404,
  headers: {
    ...securityHeaders({ policy: noContentPolicy, https: false }),
    "content-type": "text/plain; charset=utf-8",
  },
  body: "Not found.\n",
};
