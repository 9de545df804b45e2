import { z } from "zod";
import { slugPattern } from "./slug.ts";

// How forms, URLs and JSON bodies name a record: by id or by slug. Anything else names no record,
// so it is refused before a query is made.

/**
 * A record's id, in the shape the database's ids have: Prisma's cuid() (25 lowercase letters and
 * digits) for the records Prisma creates, a UUID (36, with hyphens) for the rows the enquiry
 * statement writes itself (enquiries, their status history and their e-mails, see createEnquiry).
 * So: 20 to 64 lowercase letters, digits and hyphens.
 */
export const ZRecordId = z.string().regex(/^[a-z0-9-]{20,64}$/, { error: "invalid" });

/** A record's slug (the address of its public page): lowercase words joined by hyphens. */
export const ZSlug = z.string().trim().max(200).regex(slugPattern, { error: "invalid" });

/** The id of a staff preview of unsaved edit values: 24 random bytes in base64url (32 characters). */
export const ZPreviewId = z.string().regex(/^[A-Za-z0-9_-]{32}$/, { error: "invalid" });
