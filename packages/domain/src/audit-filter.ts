import { z } from "zod";
import { auditActions, auditEntities } from "./audit-vocabulary.ts";
import { ZDay } from "./enquiry-inbox.ts";
import { ZRecordId } from "./record-keys.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";

/**
 * The audit log's filters, from URL search parameters (a GET form, so a filtered log is a link).
 * Like the inbox's, a value that makes no sense is dropped rather than refused. entity / action:
 * the closed vocabulary (audit-vocabulary.ts); record: one record's id (with its entity, the
 * record's whole history); actor: a staff member's id; from / to: calendar days in the portal's
 * time zone (China time), both inclusive.
 */
export const ZAuditFilter = z.object({
  entity: z.enum(auditEntities).optional().catch(undefined),
  record: ZRecordId.optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
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
