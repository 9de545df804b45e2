import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";
import { SelfLockoutError } from "./staff-user-errors.ts";
import { endAllStaffSessions } from "./end-all-staff-sessions.ts";

/**
 * Deactivates or reactivates a staff account, audited in the same transaction. A deactivated
 * user keeps their history; their sessions end in the same transaction, so a reactivation does
 * not bring an old cookie back to life.
 * Administrators cannot deactivate themselves. Setting the state it already has writes nothing.
 */
export async function setStaffUserActive({
  actorId,
  id,
  active,
}: {
  actorId: string;
  id: string;
  active: boolean;
}) {
  if (id === actorId && !active) throw new SelfLockoutError();
  return db().$transaction(async (tx) => {
    const current = await tx.staffUser.findUnique({ where: { id }, select: { active: true } });
    if (!current) throw new ContentNotFoundError(id);
    if (current.active === active) return { changed: false };
    await tx.staffUser.update({ where: { id }, data: { active, version: { increment: 1 } } });
    if (!active) await endAllStaffSessions(tx, { staffUserId: id });
    await writeAuditEntry(tx, {
      actorId,
      action: active ? "reactivate" : "deactivate",
      entity: "StaffUser",
      entityId: id,
      changes: { active: { from: current.active, to: active } },
    });
    return { changed: true };
  });
}
