import type { IncomingHttpHeaders } from "node:http";
import autocannon from "autocannon";
import type { Target } from "./load-targets.ts";

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: string;
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : NaN;

/** What autocannon hands over of each response: status, body and headers. */
export type ResponseCheck = (status: number, body: string, headers: IncomingHttpHeaders) => void;

/**
 * `connections` clients requesting the target back to back for `seconds`; latency of every
 * response, and each response to `check` when given.
 */
export async function measureLoad(
  url: string,
  target: Target,
  connections: number,
  seconds: number,
  check?: ResponseCheck,
): Promise<LoadResult> {
  const times: number[] = [];
  const options: autocannon.Options = {
    url: `${url}${target.path}`,
    connections,
    duration: seconds,
    ...(target.body && { method: "POST" as const, headers: { "content-type": "application/json" } }),
    requests: [
      {
        ...(target.body && { setupRequest: (request) => ({ ...request, body: target.body!() }) }),
        ...(check && {
          onResponse: (status: number, body: string, _context: object, headers?: IncomingHttpHeaders) =>
            check(status, body, headers ?? {}),
        }),
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    statuses: Object.entries(result.statusCodeStats ?? {})
      .map(([code, { count }]) => `${code}: ${count}`)
      .join(", "),
    errors: result.errors + result.timeouts,
  };
}
