import { ZPassword } from "@ig/domain";
import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { hashPassword } from "./password.ts";
import { hashResetToken } from "./send-password-reset.ts";
import { endAllStaffSessions } from "./end-all-staff-sessions.ts";

/**
 * Sets a new password through a reset link: the token must be unused, unexpired and belong to
 * an active account. Claiming the token, storing the new hash, ending every session of the account
 * (whoever knew the old password is signed out) and the audit entry happen in one transaction, so
 * a token works exactly once. Answers false for any bad token (no hint why).
 */
export async function resetStaffPassword({ token, password }: { token: string; password: string }) {
  const passwordHash = await hashPassword(ZPassword.parse(password));
  const now = new Date();
  return db().$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: hashResetToken(token) },
      select: { id: true, staffUserId: true, staffUser: { select: { active: true } } },
    });
    if (!reset?.staffUser.active) return false;
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) return false;
    await tx.staffUser.update({ where: { id: reset.staffUserId }, data: { passwordHash } });
    await endAllStaffSessions(tx, { staffUserId: reset.staffUserId });
    await writeAuditEntry(tx, {
      actorId: reset.staffUserId,
      action: "password-reset",
      entity: "StaffUser",
      entityId: reset.staffUserId,
    });
    return true;
  });
}
