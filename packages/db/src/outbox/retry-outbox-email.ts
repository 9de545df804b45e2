import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentConflictError, ContentNotFoundError } from "../content/content-errors.ts";

/**
 * Puts a failed e-mail back in the queue, due now, with its audit entry, in one transaction. The
 * attempt count starts afresh: a person retries after fixing the cause (an address, the mail
 * server), so the message deserves the full series of attempts again. Only a failed message can
 * be retried (anything else is a conflict: it was retried or delivered meanwhile).
 */
export async function retryOutboxEmail({ id, actorId }: { id: string; actorId: string }) {
  return db().$transaction(async (tx) => {
    const email = await tx.outboxEmail.findUnique({
      where: { id },
      select: { id: true, status: true, attempts: true },
    });
    if (!email) throw new ContentNotFoundError(id);
    const { count } = await tx.outboxEmail.updateMany({
      where: { id, status: "failed" },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date() },
    });
    if (count === 0) throw new ContentConflictError(email);
    await writeAuditEntry(tx, {
      actorId,
      action: "retry",
      entity: "OutboxEmail",
      entityId: id,
      changes: { status: { from: "failed", to: "pending" }, attempts: { from: email.attempts, to: 0 } },
    });
  });
}
