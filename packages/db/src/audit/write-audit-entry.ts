import type { Tx } from "../client.ts";

export interface AuditInput {
  actorId: string | null;
  action:
    | "create"
    | "update"
    | "delete"
    | "publish"
    | "unpublish"
    | "save-draft"
    | "discard-draft"
    | "verify"
    | "login"
    | "login-failed"
    | "logout"
    | string;
  entity: string;
  entityId?: string | null;
  /** { field: { from, to } } for each changed field. */
  changes?: Record<string, { from: unknown; to: unknown }>;
}

/** One audit entry, written with the change it records (pass the change's transaction). */
export function writeAuditEntry(tx: Tx, entry: AuditInput) {
  return tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: entry.changes ? (JSON.parse(JSON.stringify(entry.changes)) as object) : undefined,
    },
  });
}
