import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@ig/domain";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { startOutboxWorker, type OutboxWorker } from "../outbox/start-outbox-worker.ts";
import { smtpServer, waitFor } from "../outbox/smtp-test-server.ts";
import { createStaffUser } from "./create-staff-user.ts";
import { sendPasswordReset } from "./send-password-reset.ts";
import { setStaffLocale } from "./set-staff-locale.ts";

const account = (locale: Locale | null) =>
  createStaffUser({
    actorId: null,
    input: {
      email: `language.${Date.now()}.${Math.random().toString(36).slice(2)}@staff.test`,
      name: "李娜",
      role: "editor",
      areas: ["tianfu"],
      locale,
    },
    password: "correct horse battery",
  });

let worker: OutboxWorker | null = null;
beforeAll(() => seedDatabase());
afterEach(async () => {
  await worker?.stop();
  worker = null;
});

describe("a staff member's language", () => {
  it("writes the password-reset e-mail in that language (both while none is chosen), over real SMTP", async () => {
    // Only this test's messages are due: earlier tests' are not its business.
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    const [zh, en, unchosen] = [await account("zh"), await account("en"), await account(null)];
    for (const user of [zh, en, unchosen])
      await sendPasswordReset({
        actorId: user.id,
        id: user.id,
        resetUrl: new URL("http://portal.test/reset"),
      });
    const smtp = await smtpServer();
    worker = startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, pollMs: 50, log: () => {} });
    await waitFor(() => smtp.received.length >= 3);
    const to = (user: { email: string }) => smtp.received.find((m) => m.to.includes(user.email))!;
    expect(to(zh)).toMatchObject({ subject: "内陆开放门户员工账户：设置密码", language: "zh-CN" });
    expect(to(en)).toMatchObject({
      subject: "Inland Gateway staff account: set your password",
      language: "en",
    });
    expect(to(unchosen).subject).toBe(
      "内陆开放门户员工账户：设置密码 / Inland Gateway staff account: set your password",
    );
    await smtp.close();
  });

  it("is the staff member's own choice: audited, without touching the account's version", async () => {
    const user = await account(null);
    expect(await setStaffLocale({ actorId: user.id, locale: "zh" })).toBe(true);
    expect(await setStaffLocale({ actorId: user.id, locale: "zh" })).toBe(false);
    const stored = await db().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ locale: "zh", version: 1 });
    const audit = await db().auditEntry.findMany({ where: { entityId: user.id, action: "update" } });
    expect(audit.map((entry) => entry.changes)).toEqual([{ locale: { from: null, to: "zh" } }]);
  });

  it("is one of the portal's languages, enforced by the database", async () => {
    const user = await account(null);
    await expect(db().staffUser.update({ where: { id: user.id }, data: { locale: "fr" } })).rejects.toThrow(
      /StaffUser_locale_check/,
    );
  });
});
