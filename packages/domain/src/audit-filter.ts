import { z } from "zod";
import { ZDay } from "./enquiry-inbox.ts";
import { ZRecordId } from "./record-keys.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";

// Entities and actions as the data layer names them ("Park", "outbox-email", "password-reset").
const ZAuditName = z.string().regex(/^[A-Za-z][A-Za-z-]{0,60}$/);

/**
 * The audit log's filters, from URL search parameters (a GET form, so a filtered log is a link).
 * Like the inbox's, a value that makes no sense is dropped rather than refused. actor: a staff
 * member's id; from / to: calendar days, both inclusive.
 */
export const ZAuditFilter = z.object({
  entity: ZAuditName.optional().catch(undefined),
  action: ZAuditName.optional().catch(undefined),
  actor: ZRecordId.optional().catch(undefined),
  from: ZDay.optional().catch(undefined),
  to: ZDay.optional().catch(undefined),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** The log's state, or null when its page number is malformed (the log answers 404). */
export function parseAuditFilter(params: SearchParams): (TAuditFilter & { page: number }) | null {
  const page = parsePage(params);
  return page === null ? null : { ...ZAuditFilter.parse(firstValues(params)), page };
}
