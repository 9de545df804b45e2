import { db } from "../client.ts";

let running: Promise<void> | undefined;

/**
 * Rebuilds the vocabulary typo correction draws on (the "SearchWord" materialized view) from the
 * published content, without blocking searches. Concurrent calls share one refresh.
 */
export function refreshSearchWords(): Promise<void> {
  running ??= db().$executeRaw`REFRESH MATERIALIZED VIEW CONCURRENTLY "SearchWord"`
    .then(() => undefined)
    .finally(() => (running = undefined));
  return running;
}
