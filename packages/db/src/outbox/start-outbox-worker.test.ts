import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createStaffUser } from "../seed/factories.ts";
import { changeEnquiryStatus } from "../enquiries/change-enquiry-status.ts";
import { createEnquiry } from "../enquiries/create-enquiry.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { startOutboxWorker, type OutboxWorker } from "./start-outbox-worker.ts";
import { freePort, smtpServer, waitFor } from "./smtp-test-server.ts";

async function submit(language: "en" | "zh") {
  return createEnquiry({
    input: {
      name: "Kenji Sato",
      email: `kenji.${Math.random().toString(36).slice(2)}@example.jp`,
      company: "Sato Trading",
      country: "JP",
      sizeBand: "1m-10m",
      parks: ["guoyuan-bonded-logistics-center"],
      projects: [],
      policies: [],
      message: "Interested in the bonded logistics centre for electronics.",
      language,
      consent: true,
    },
    spam: false,
    statusUrl: "http://portal.test/status",
    inboxUrl: "http://portal.test/admin/enquiries",
    fallbackNotifyEmail: "team@portal.test",
  });
}

// Retries wait 30 s and more in production; the tests make failed messages due again at once.
const makeFailedDueNow = () =>
  db().outboxEmail.updateMany({
    where: { status: "pending", attempts: { gt: 0 } },
    data: { nextAttemptAt: new Date() },
  });

let worker: OutboxWorker | null = null;
beforeAll(async () => {
  await seedDatabase();
});
afterEach(async () => {
  await worker?.stop();
  worker = null;
  // Each test starts with an empty queue: earlier tests' messages are not this test's business.
  await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
});

describe("the outbox worker", () => {
  it("delivers the confirmation and the staff notification over SMTP, once each, in the investor's language", async () => {
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    const smtp = await smtpServer();
    const enquiry = await submit("zh");
    worker = startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, pollMs: 50, log: () => {} });
    await waitFor(() => smtp.received.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(2);
    const confirmation = smtp.received.find((m) => m.subject.includes("我们已收到"))!;
    expect(confirmation.subject).toContain(enquiry.reference);
    expect(confirmation.language).toBe("zh-CN");
    expect(confirmation.to[0]).toMatch(/^kenji\./);
    const notification = smtp.received.find((m) => m !== confirmation)!;
    expect(notification.subject).toContain(`New enquiry 新咨询 ${enquiry.reference}`);
    expect(await db().outboxEmail.count({ where: { enquiryId: enquiry.id, status: "sent" } })).toBe(2);
    await smtp.close();
  });

  it("delivers the investor's 'answered' and 'closed' notices over SMTP in the enquiry's language", async () => {
    const enquiry = await submit("zh");
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    const staff = await createStaffUser(db(), { role: "admin" });
    const statusUrl = (language: string) => `http://portal.test/${language}/enquiry/status`;
    for (const [version, to] of (["in-progress", "responded", "closed"] as const).entries())
      await changeEnquiryStatus({
        reference: enquiry.reference,
        to,
        version: version + 1,
        actorId: staff.id,
        statusUrl,
      });
    const smtp = await smtpServer();
    worker = startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, pollMs: 50, log: () => {} });
    await waitFor(() => smtp.received.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.map((m) => [m.subject, m.language, m.to[0]!.split(".")[0]])).toEqual([
      [`您的咨询已得到答复（${enquiry.reference}）`, "zh-CN", "kenji"],
      [`您的咨询已办结（${enquiry.reference}）`, "zh-CN", "kenji"],
    ]);
    await smtp.close();
  });

  it("retries when the SMTP server refuses the first attempts, and never duplicates a message", async () => {
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    const smtp = await smtpServer({ failFirst: 3 });
    const enquiry = await submit("en");
    worker = startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, pollMs: 50, log: () => {} });
    await waitFor(async () => {
      await makeFailedDueNow();
      return smtp.received.length >= 2;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(2);
    expect(smtp.received).toHaveLength(2);
    const rows = await db().outboxEmail.findMany({ where: { enquiryId: enquiry.id } });
    expect(rows.every((row) => row.status === "sent")).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.attempts, 0)).toBe(5);
    await smtp.close();
  });

  it("keeps messages through an SMTP outage and delivers them when the server is back", async () => {
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    const port = await freePort();
    const enquiry = await submit("en");
    worker = startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${port}`, pollMs: 50, log: () => {} });
    await waitFor(async () => {
      await makeFailedDueNow();
      return (await db().outboxEmail.count({ where: { enquiryId: enquiry.id, attempts: { gte: 2 } } })) === 2;
    });
    const pending = await db().outboxEmail.findMany({ where: { enquiryId: enquiry.id } });
    expect(pending.every((row) => row.status === "pending" && row.lastError)).toBe(true);

    const smtp = await smtpServer({ port });
    await waitFor(async () => {
      await makeFailedDueNow();
      return smtp.received.length >= 2;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(2);
    expect(await db().outboxEmail.count({ where: { enquiryId: enquiry.id, status: "sent" } })).toBe(2);
    await smtp.close();
  });

  it("survives a worker killed mid-delivery: at-least-once, and a repeat carries the same Message-ID", async () => {
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    // The server acknowledges each message 400 ms after receiving it: a kill in that window
    // leaves a message delivered but not yet marked sent.
    const smtp = await smtpServer({ replyAfterMs: 400 });
    const enquiries = await Promise.all(Array.from({ length: 5 }, () => submit("en")));
    const rows = await db().outboxEmail.findMany({
      where: { enquiryId: { in: enquiries.map((e) => e.id) } },
    });
    const startWorker = () =>
      // Node itself with tsx's loader: the tsx command would run the worker as its grandchild,
      // out of reach of the kill.
      spawn(process.execPath, ["--import", "tsx", "src/outbox/outbox-worker-cli.ts"], {
        cwd: path.join(import.meta.dirname, "../.."),
        stdio: "ignore",
        env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` },
      });
    const first = startWorker();
    await waitFor(() => smtp.received.length >= 3);
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const beforeRestart = smtp.received.length;
    const second = startWorker();
    try {
      await waitFor(
        async () =>
          (await db().outboxEmail.count({ where: { id: { in: rows.map((r) => r.id) }, status: "sent" } })) ===
          10,
        60_000,
      );
    } finally {
      second.kill("SIGTERM");
    }
    const ids = smtp.received.map((m) => m.messageId);
    // Every message arrived; the one in flight at the kill may have arrived twice, as the same message.
    expect(new Set(ids)).toEqual(new Set(rows.map((row) => `<${row.id}@inland-gateway>`)));
    expect(ids.length).toBeLessThanOrEqual(rows.length + 1);
    // The kill really stopped delivery half-way: the second worker delivered the rest.
    expect(beforeRestart).toBeLessThan(rows.length);
    await smtp.close();
  }, 90_000);
});
