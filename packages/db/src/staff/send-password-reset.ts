import { createHash, randomBytes } from "node:crypto";
import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";

/** Long enough for a new colleague to find the e-mail the next morning; single use. */
const passwordResetHours = 24;

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Queues a one-time password reset link for a staff account: the link goes out only by e-mail
 * (through the outbox), the database keeps only the token's hash, and earlier unused links of
 * the account stop working. Token, e-mail and audit entry are written in one transaction.
 */
export async function sendPasswordReset({
  actorId,
  id,
  resetUrl,
}: {
  actorId: string;
  id: string;
  /** The public reset page; the token is appended as ?token=… */
  resetUrl: URL;
}) {
  const token = randomBytes(32).toString("base64url");
  const link = new URL(resetUrl);
  link.searchParams.set("token", token);
  return db().$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({
      where: { id },
      select: { email: true, name: true, locale: true, active: true },
    });
    if (!user?.active) throw new ContentNotFoundError(id);
    const now = new Date();
    await tx.passwordReset.updateMany({ where: { staffUserId: id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({
      data: {
        staffUserId: id,
        tokenHash: hashResetToken(token),
        expiresAt: new Date(now.getTime() + passwordResetHours * 3600_000),
      },
    });
    await tx.outboxEmail.create({
      data: { to: user.email, ...resetEmail(user.name, user.locale, link.href) },
    });
    await writeAuditEntry(tx, { actorId, action: "password-reset-sent", entity: "StaffUser", entityId: id });
  });
}

/** In the account's language; in both (Chinese first, then English) while it has not chosen one. */
function resetEmail(name: string, locale: string | null, link: string) {
  const zh = {
    subject: "内陆开放门户员工账户：设置密码",
    text: `${name}，您好：\n\n请在 ${passwordResetHours} 小时内打开以下链接设置新密码（仅可使用一次）：\n${link}\n\n如果您没有预期收到此邮件，请忽略它。`,
  };
  const en = {
    subject: "Inland Gateway staff account: set your password",
    text: `Hello ${name},\n\nOpen this link within ${passwordResetHours} hours to set a new password (it works once):\n${link}\n\nIf you did not expect this e-mail, ignore it.`,
  };
  if (locale === "zh") return { language: "zh", ...zh };
  if (locale === "en") return { language: "en", ...en };
  // Tagged "en" like the staff notification, the other mail written in both languages.
  return {
    language: "en",
    subject: `${zh.subject} / ${en.subject}`,
    text: `${zh.text}\n\n---\n\n${en.text}`,
  };
}
