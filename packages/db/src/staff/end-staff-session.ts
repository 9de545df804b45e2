import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";

/**
 * Signing out: deletes that one session (the user's others stay) and audits a "logout", in one
 * transaction. Answers false, writing nothing, when the session had ended already.
 */
export async function endStaffSession({ sessionId }: { sessionId: string }) {
  return db().$transaction(async (tx) => {
    const session = await tx.staffSession.findUnique({
      where: { id: sessionId },
      select: { staffUserId: true },
    });
    if (!session) return false;
    await tx.staffSession.delete({ where: { id: sessionId } });
    await writeAuditEntry(tx, {
      actorId: session.staffUserId,
      action: "logout",
      entity: "StaffUser",
      entityId: session.staffUserId,
    });
    return true;
  });
}
