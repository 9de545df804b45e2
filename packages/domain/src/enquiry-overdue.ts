import { workingDaysBefore } from "./app-time.ts";
import type { EnquiryStatus } from "./enums.ts";

/** Statuses in which the next move is the staff's: only these can be overdue. */
export const awaitingStaffStatuses = ["new", "in-progress"] as const satisfies readonly EnquiryStatus[];

/** The investors are promised an answer "within two working days" (the confirmation e-mail). */
export const overdueAfterWorkingDays = 2;

/**
 * Enquiries awaiting staff that nobody has touched (status, assignment or note) since this
 * instant are overdue: two working days (Mon–Fri in `timeZone`, see isWorkingDay) before `now`.
 */
export function overdueBefore(now: Date, timeZone: string): Date {
  return workingDaysBefore(now, overdueAfterWorkingDays, timeZone);
}

/** Whether an enquiry is overdue, given the cut of overdueBefore (computed once for a list). */
export function isOverdue(enquiry: { status: string; touchedAt: Date }, cutoff: Date): boolean {
  return (awaitingStaffStatuses as readonly string[]).includes(enquiry.status) && enquiry.touchedAt <= cutoff;
}
