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

/** Thrown when a new record names a slug another record of its kind has already. */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`The slug "${slug}" is taken already.`);
  }
}

/**
 * Thrown when a record cannot be deleted because other records still refer to it (a park's
 * projects, the enquiries investors sent about it): deleting would silently change or lose them.
 */
export class ContentInUseError extends Error {
  constructor(readonly uses: { projects: number; enquiries: number }) {
    super(`Still referred to by ${uses.projects} project(s) and ${uses.enquiries} enquiry(ies).`);
  }
}

/**
 * Thrown when an edit links to a record that does not exist, or lies in another area than the
 * record's own (a park of Liangjiang on a Tianfu project): nothing is written; staff get a 400.
 */
export class ContentLinkError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`"${value}" cannot be linked as ${field}: no such record in this record's area(s).`);
  }
}
