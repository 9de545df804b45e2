import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import { createEnquiry } from "../enquiries/create-enquiry.ts";
import { listOutbox } from "./list-outbox.ts";
import { retryOutboxEmail } from "./retry-outbox-email.ts";

beforeAll(() => seedDatabase());

describe("the outbox for staff", () => {
  it("lists failed messages first and puts a retried one back in the queue, audited", async () => {
    const { id: enquiryId } = await createEnquiry({
      input: {
        name: "Outbox Test",
        email: `outbox.${Date.now()}@example.de`,
        company: "Outbox GmbH",
        country: "DE",
        sizeBand: "undecided",
        parks: ["guoyuan-bonded-logistics-center"],
        projects: [],
        policies: [],
        message: "A message long enough to be accepted.",
        language: "en",
        consent: true,
      },
      spam: false,
      statusUrl: "http://portal.test/en/enquiry/status",
      inboxUrl: "http://portal.test/admin/enquiries",
      fallbackNotifyEmail: "team@portal.test",
    });
    const [failed] = await db().outboxEmail.findMany({ where: { enquiryId } });
    await db().outboxEmail.update({
      where: { id: failed!.id },
      data: {
        status: "failed",
        attempts: 8,
        lastError: "550 mailbox unavailable",
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    const liangjiang = await db().area.findUniqueOrThrow({ where: { slug: "liangjiang" } });
    const tianfu = await db().area.findUniqueOrThrow({ where: { slug: "tianfu" } });
    const listed = await listOutbox({ areaIds: [liangjiang.id] });
    expect(listed[0]).toMatchObject({
      id: failed!.id,
      status: "failed",
      lastError: "550 mailbox unavailable",
    });
    expect((await listOutbox({ areaIds: [tianfu.id] })).some((e) => e.id === failed!.id)).toBe(false);

    await retryOutboxEmail({ id: failed!.id, actorId: null as unknown as string });
    const retried = await db().outboxEmail.findUniqueOrThrow({ where: { id: failed!.id } });
    expect(retried).toMatchObject({ status: "pending", attempts: 0 });
    expect(retried.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    const audit = await db().auditEntry.findMany({ where: { entity: "OutboxEmail", entityId: failed!.id } });
    expect(audit.map((a) => a.action)).toEqual(["retry"]);
    // Retrying again (it is pending now) is a conflict and writes nothing more.
    await expect(
      retryOutboxEmail({ id: failed!.id, actorId: null as unknown as string }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    expect(await db().auditEntry.count({ where: { entity: "OutboxEmail", entityId: failed!.id } })).toBe(1);
  });
});
