import type { AuditAction, AuditEntity } from "@ig/domain";
import type { Tx } from "../client.ts";

export interface AuditInput {
  actorId: string | null;
  /** One of the closed vocabulary (audit-vocabulary.ts); the database refuses any other spelling. */
  action: AuditAction;
  entity: AuditEntity;
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
