import { z } from "zod";
import { cleanString, withoutUnstorable } from "./clean-text.ts";
import { countryCodes } from "./countries.ts";
import { ZEnquiryReference } from "./enquiry-input.ts";
import { areaSlugs, enquiryStatuses } from "./enums.ts";
import { ZRecordId } from "./record-keys.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";
import { slugPattern } from "./slug.ts";

// Forms post numbers as text; the version guards against two people changing one enquiry at once.
const ZVersion = z.coerce.number({ error: "invalid" }).int().positive();

/** Assign an enquiry to a staff member, or (assigneeId null or "") take the assignment away. */
export const ZAssignEnquiry = z.object({
  reference: ZEnquiryReference,
  assigneeId: z.union([ZRecordId, z.literal("").transform(() => null), z.null()]),
  version: ZVersion,
});
export type TAssignEnquiry = z.infer<typeof ZAssignEnquiry>;

/** An internal note: staff only, never shown to the investor. */
export const ZEnquiryNote = z.object({
  reference: ZEnquiryReference,
  body: cleanString("required").trim().min(1, { error: "required" }).max(5000, { error: "tooLong" }),
});
export type TEnquiryNote = z.infer<typeof ZEnquiryNote>;

export const ZEnquiryStatusChange = z.object({
  reference: ZEnquiryReference,
  to: z.enum(enquiryStatuses, { error: "invalid" }),
  version: ZVersion,
});
export type TEnquiryStatusChange = z.infer<typeof ZEnquiryStatusChange>;

export const ZRetryOutboxEmail = z.object({ id: ZRecordId });

/**
 * A calendar day as <input type="date"> sends it (YYYY-MM-DD); impossible days (2026-02-30) fail,
 * and so do years outside 1900–2999: year 0 and the day after 9999-12-31 are no timestamps
 * PostgreSQL takes, and no enquiry or audit entry lies outside that span anyway.
 */
export const ZDay = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/)
  .refine((v) => {
    // Refinements run even when the pattern failed: never call toISOString on an invalid date.
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  });

/**
 * The inbox filters, read from URL search parameters (the filter form is a GET form, so a
 * filtered inbox is a link). As on the public lists, a value that makes no sense is dropped
 * rather than refused. assignee: "me", "none" or a staff member's id; overdue: "1" for only the
 * enquiries awaiting staff for two working days (enquiry-overdue.ts).
 */
export const ZEnquiryFilter = z.object({
  status: z.enum(enquiryStatuses).optional().catch(undefined),
  area: z.enum(areaSlugs).optional().catch(undefined),
  industry: z.string().regex(slugPattern).optional().catch(undefined),
  country: z.enum(countryCodes).optional().catch(undefined),
  assignee: z
    .union([z.enum(["me", "none"]), ZRecordId])
    .optional()
    .catch(undefined),
  from: ZDay.optional().catch(undefined),
  to: ZDay.optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  // Not cleanString: a NUL must not drop the filter and list the whole inbox (withoutUnstorable).
  q: z
    .string()
    .transform((v) => [...withoutUnstorable(v).trim()].slice(0, 200).join("") || undefined)
    .optional()
    .catch(undefined),
});
export type TEnquiryFilter = z.infer<typeof ZEnquiryFilter>;

/** The inbox's state, or null when its page number is malformed (the inbox answers 404). */
export function parseEnquiryFilter(params: SearchParams): (TEnquiryFilter & { page: number }) | null {
  const page = parsePage(params);
  return page === null ? null : { ...ZEnquiryFilter.parse(firstValues(params)), page };
}
