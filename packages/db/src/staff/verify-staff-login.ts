import { normaliseStaffEmail } from "@ig/domain";
import { db } from "../client.ts";
import { config } from "../config/index.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { consumeRateLimits } from "../rate-limits/consume-rate-limits.ts";
import { verifyPassword } from "./password.ts";
import { createStaffSession } from "./create-staff-session.ts";

const maxFailures = 5;
const windowSeconds = 15 * 60;

export type LoginResult =
  | { kind: "ok"; user: { id: string; email: string; name: string }; sessionId: string }
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfter: number };

/**
 * Checks a staff login and, when it is right, starts a session (createStaffSession) whose id the
 * session cookie then carries. The e-mail is normalised (normaliseStaffEmail) and compared exactly,
 * never as a pattern, and the per-account counter is kept under that normalised address. After
 * five failures within 15 minutes for the account or from the address, further attempts are
 * refused until the window passes. Each attempt takes its place in both counters atomically BEFORE
 * the password is checked (a success gives it back), so attempts sent in parallel cannot all be
 * checked against a counter that none of them has raised yet. Unknown e-mail and wrong password give the same answer; every
 * attempt is audited. Counters live in PostgreSQL, so they hold across instances.
 */
export async function verifyStaffLogin({
  email: typed,
  password,
  ip,
}: {
  email: string;
  password: string;
  ip: string;
}): Promise<LoginResult> {
  const email = normaliseStaffEmail(typed);
  const limits = [
    [`login:account:${email}`, maxFailures],
    // Configurable because test suites sign in from one address all day.
    [`login:ip:${ip}`, config().loginFailuresPerIp],
  ] as const;
  const counted = await consumeRateLimits(
    limits.map(([key, limit]) => ({ key, limit })),
    windowSeconds,
  );
  const blocked = counted.find((result) => !result.allowed);
  if (blocked) return { kind: "throttled", retryAfter: blocked.retryAfter };

  const user = await db().staffUser.findFirst({
    where: { email, active: true },
    // The one place that asks for the hash, by name.
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  // Verify against a real hash even for unknown e-mails, so timing does not tell them apart.
  const ok = await verifyPassword(user?.passwordHash ?? dummyHash, password);
  if (!user || !ok) {
    await writeAuditEntry(db(), {
      actorId: user?.id ?? null,
      action: "login-failed",
      entity: "StaffUser",
      entityId: user?.id,
      changes: { email: { from: null, to: email.slice(0, 3) + "…" } },
    });
    return { kind: "invalid" };
  }
  const sessionId = await db().$transaction(async (tx) => {
    // The counters count failures: this attempt was not one.
    await tx.rateLimitBucket.updateMany({
      where: { key: { in: limits.map(([key]) => key) }, count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
    await writeAuditEntry(tx, { actorId: user.id, action: "login", entity: "StaffUser", entityId: user.id });
    return createStaffSession(tx, { staffUserId: user.id });
  });
  return { kind: "ok", user: { id: user.id, email: user.email, name: user.name }, sessionId };
}

// argon2id hash of a random string nobody knows.
const dummyHash =
  "$argon2id$v=19$m=19456,t=2,p=1$Vrbk/H5rz72fqUG2HcXBqQ$RuUnMQu6Dcip863whUODHF4UHjVmzB4NiUFbaPRf/XE";
