/** A status change the enquiry state machine does not allow (see @ig/domain enquiry-transitions). */
export class EnquiryTransitionError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`An enquiry cannot go from "${from}" to "${to}".`);
  }
}

/** The chosen assignee is not an active staff member who may handle this enquiry. */
export class EnquiryAssigneeError extends Error {
  constructor() {
    super("This person cannot be assigned this enquiry.");
  }
}
