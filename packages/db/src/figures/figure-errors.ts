/** Thrown when a figure edit names a source that does not exist: nothing is written. */
export class UnknownSourceError extends Error {
  constructor(sourceId: string) {
    super(`No source with the id "${sourceId}".`);
  }
}
