// `@ig/db/bench-volume`: what the benchmarks in `bench/` need beyond the portal's own functions.
export {
  countBenchParks,
  insertBenchVolume,
  listAreaParkBoxes,
  removeBenchVolume,
} from "./insert-bench-volume.ts";
export type { BenchPark, BenchPolicy, BenchProject } from "./insert-bench-volume.ts";
export { refreshSearchWords } from "../search/refresh-search-words.ts";
export { disconnectDatabase } from "../client.ts";
