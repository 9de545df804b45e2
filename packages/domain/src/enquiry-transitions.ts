import type { EnquiryStatus } from "./enums.ts";

/**
 * The statuses an enquiry may move to from each status. The investor sees every change on the
 * status page, so the graph is kept small and each edge means something to them:
 * - new → in-progress → responded → closed is the normal life of an enquiry; staff cannot skip
 *   "in progress", so that someone has taken the enquiry on before it reads as answered.
 * - responded → in-progress reopens an enquiry when the investor writes back before it is closed.
 * - closed → in-progress reopens a closed enquiry (the investor wrote back, or it was closed by
 *   mistake): it is in the queue again and the investor's status page shows it as in progress.
 * - new / in-progress → spam hides junk from the queue (the sender still sees "received"), and
 *   spam → new restores a message flagged by mistake. Answered enquiries are never spam.
 */
const transitions: Record<EnquiryStatus, readonly EnquiryStatus[]> = {
  new: ["in-progress", "spam"],
  "in-progress": ["responded", "spam"],
  responded: ["closed", "in-progress"],
  closed: ["in-progress"],
  spam: ["new"],
};

export function nextStatuses(from: EnquiryStatus): readonly EnquiryStatus[] {
  return transitions[from];
}

export function canTransition(from: EnquiryStatus, to: EnquiryStatus): boolean {
  return transitions[from].includes(to);
}
