import { db } from "../client.ts";

export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  language: string;
}

export type DeliveryOutcome = "sent" | "retry" | "failed" | "idle";

const maxAttempts = 8;
/** 30 s, 1 min, 2 min … capped at one hour. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Delivers the oldest due e-mail of the outbox. The row stays locked (FOR UPDATE SKIP LOCKED)
 * while it is sent, so several workers never send the same message at once; it is marked sent in
 * the same transaction. A worker that dies after the SMTP server accepted a message but before
 * the commit leaves it pending: delivery is at-least-once, and every message carries a stable
 * Message-ID (its outbox id) so that a repeat is recognisable as the same message.
 */
export async function deliverNextEmail(
  send: (email: OutgoingEmail) => Promise<void>,
): Promise<DeliveryOutcome> {
  return db().$transaction(
    async (tx) => {
      const [email] = await tx.$queryRaw<(OutgoingEmail & { attempts: number })[]>`
        SELECT "id", "to", "subject", "text", "html", "language", "attempts" FROM "OutboxEmail"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= now()
        ORDER BY "nextAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!email) return "idle";
      try {
        await send(email);
      } catch (error) {
        const attempts = email.attempts + 1;
        const failed = attempts >= maxAttempts;
        await tx.outboxEmail.update({
          where: { id: email.id },
          data: {
            attempts,
            status: failed ? "failed" : "pending",
            nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
            lastError: String((error as Error).message ?? error).slice(0, 500),
          },
        });
        return failed ? "failed" : "retry";
      }
      await tx.outboxEmail.update({
        where: { id: email.id },
        data: { status: "sent", sentAt: new Date(), attempts: email.attempts + 1, lastError: null },
      });
      return "sent";
    },
    { timeout: 60_000 },
  );
}
