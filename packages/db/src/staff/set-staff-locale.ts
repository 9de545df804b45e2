import type { Locale } from "@ig/domain";
import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";

/**
 * A staff member's own choice of language for the staff side (and the e-mails sent to them), with
 * its audit entry, in one transaction. A preference, not an account field an administrator edits:
 * it does not bump the account's version, so an administrator's open form of the account stays
 * valid. Choosing the language already chosen writes nothing. Returns whether it changed.
 */
export function setStaffLocale({ actorId, locale }: { actorId: string; locale: Locale }) {
  return db().$transaction(async (tx) => {
    const current = await tx.staffUser.findUnique({ where: { id: actorId }, select: { locale: true } });
    if (!current || current.locale === locale) return false;
    await tx.staffUser.update({ where: { id: actorId }, data: { locale } });
    await writeAuditEntry(tx, {
      actorId,
      action: "update",
      entity: "StaffUser",
      entityId: actorId,
      changes: { locale: { from: current.locale, to: locale } },
    });
    return true;
  });
}
