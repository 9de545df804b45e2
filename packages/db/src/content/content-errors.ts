/** Thrown when a save names a version older than the record's: carries the record as it is now. */
export class ContentConflictError<T = unknown> extends Error {
  constructor(readonly current: T) {
    super("Someone else changed this record since you opened it.");
  }
}

export class ContentNotFoundError extends Error {
  constructor(slug: string) {
    super(`No record with the slug "${slug}".`);
  }
}
