const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

/** p50 and p95 in ms of `rounds` timed calls after `warmup` untimed ones, and the last answer. */
export async function timeCalls<T>(call: () => Promise<T>, { rounds = 40, warmup = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    last = await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), last: last! };
}
