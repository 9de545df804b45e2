import { beforeAll, describe, expect, it } from "vitest";
import type { TEnquiryInput } from "@ig/domain";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { createStaffUser } from "../staff/create-staff-user.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import { createEnquiry } from "./create-enquiry.ts";
import { getEnquiryStatus } from "./get-enquiry-status.ts";
import { assignEnquiry } from "./assign-enquiry.ts";
import { addEnquiryNote } from "./add-enquiry-note.ts";
import { changeEnquiryStatus } from "./change-enquiry-status.ts";
import { getEnquiryForStaff } from "./get-enquiry-for-staff.ts";
import { listEnquiries } from "./list-enquiries.ts";
import { EnquiryAssigneeError, EnquiryTransitionError } from "./enquiry-errors.ts";

const run = Math.random().toString(36).slice(2, 8);
const urls = {
  statusUrl: "http://portal.test/en/enquiry/status",
  inboxUrl: "http://portal.test/admin/enquiries",
  fallbackNotifyEmail: "team@portal.test",
};
const enquire = (overrides: Partial<TEnquiryInput> = {}) =>
  createEnquiry({
    input: {
      name: "Anna Schmidt",
      email: `anna.${run}.${Math.random().toString(36).slice(2)}@example.de`,
      company: `Inbox ${run} GmbH`,
      country: "DE",
      sizeBand: "10m-100m",
      parks: ["guoyuan-bonded-logistics-center"],
      projects: [],
      policies: [],
      message: "We want to set up a bonded warehouse for European spare parts.",
      language: "en",
      consent: true,
      ...overrides,
    },
    spam: false,
    ...urls,
  });
const staff = (role: "admin" | "editor", areas: ("tianfu" | "liangjiang")[]) =>
  createStaffUser({
    actorId: null,
    input: {
      email: `${role}.${areas.join("-")}.${run}@staff.test`,
      name: `${role} ${run}`,
      role,
      areas,
      locale: "en",
    },
    password: "a-long-test-password",
  });
const statusUrl = (language: string) => `http://portal.test/${language}/enquiry/status`;
const audits = (entityId: string) => db().auditEntry.findMany({ where: { entity: "Enquiry", entityId } });

let liangjiangEditor: Awaited<ReturnType<typeof staff>>;
let tianfuEditor: Awaited<ReturnType<typeof staff>>;
let areaIds: Record<string, string>;

beforeAll(async () => {
  await seedDatabase();
  liangjiangEditor = await staff("editor", ["liangjiang"]);
  tianfuEditor = await staff("editor", ["tianfu"]);
  areaIds = Object.fromEntries((await db().area.findMany()).map((a) => [a.slug, a.id]));
});

describe("handling an enquiry", () => {
  it("assigns it, audited, and refuses a stale version and someone of another area", async () => {
    const { id, reference } = await enquire();
    await assignEnquiry({
      reference,
      assigneeId: liangjiangEditor.id,
      version: 1,
      actorId: liangjiangEditor.id,
    });
    const stored = await db().enquiry.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ assigneeId: liangjiangEditor.id, version: 2 });
    expect((await audits(id)).map((a) => a.changes)).toEqual([
      { assigneeId: { from: null, to: liangjiangEditor.id } },
    ]);
    await expect(
      assignEnquiry({ reference, assigneeId: null, version: 1, actorId: liangjiangEditor.id }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    await expect(
      assignEnquiry({ reference, assigneeId: tianfuEditor.id, version: 2, actorId: liangjiangEditor.id }),
    ).rejects.toBeInstanceOf(EnquiryAssigneeError);
    expect(await db().enquiry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      assigneeId: liangjiangEditor.id,
      version: 2,
    });
  });

  it("adds an internal note that the investor never sees", async () => {
    const { id, reference } = await enquire();
    await addEnquiryNote({ reference, body: "Secret pricing remark", authorId: liangjiangEditor.id });
    const detail = await getEnquiryForStaff({ reference, areaIds: [areaIds.liangjiang!] });
    expect(detail?.notes.map((n) => [n.body, n.author.id])).toEqual([
      ["Secret pricing remark", liangjiangEditor.id],
    ]);
    expect((await audits(id)).map((a) => a.action)).toEqual(["note"]);
    const email = detail!.email;
    expect(JSON.stringify(await getEnquiryStatus({ reference, email }))).not.toContain("Secret");
  });

  it("moves through the states, each change in the investor's history", async () => {
    const { id, reference } = await enquire();
    const path = ["in-progress", "responded", "closed"] as const;
    for (const [i, to] of path.entries())
      await changeEnquiryStatus({ reference, to, version: i + 1, actorId: liangjiangEditor.id, statusUrl });
    const email = (await db().enquiry.findUniqueOrThrow({ where: { id } })).email;
    const status = await getEnquiryStatus({ reference, email });
    expect(status?.status).toBe("closed");
    expect(status?.history.map((h) => h.status)).toEqual(["new", ...path]);
    expect(await db().enquiry.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 4 });
    expect((await audits(id)).length).toBe(3);
  });

  it("writes nothing for a transition the state machine refuses", async () => {
    const { id, reference } = await enquire();
    await expect(
      changeEnquiryStatus({ reference, to: "closed", version: 1, actorId: liangjiangEditor.id, statusUrl }),
    ).rejects.toBeInstanceOf(EnquiryTransitionError);
    expect(await db().enquiry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "new",
      version: 1,
    });
    expect(await db().enquiryStatusChange.count({ where: { enquiryId: id } })).toBe(1);
    expect(await audits(id)).toEqual([]);
    expect(await db().outboxEmail.count({ where: { enquiryId: id } })).toBe(2);
  });

  it("e-mails the investor in the enquiry's language when it is answered and when it is closed", async () => {
    const { id, reference } = await enquire({ language: "zh" });
    const mails = () =>
      db().outboxEmail.findMany({
        where: { enquiryId: id, to: { contains: "@example.de" } },
        orderBy: { createdAt: "asc" },
      });
    expect(await mails()).toHaveLength(1); // the confirmation
    await changeEnquiryStatus({
      reference,
      to: "in-progress",
      version: 1,
      actorId: liangjiangEditor.id,
      statusUrl,
    });
    expect(await mails()).toHaveLength(1);
    await changeEnquiryStatus({
      reference,
      to: "responded",
      version: 2,
      actorId: liangjiangEditor.id,
      statusUrl,
    });
    await changeEnquiryStatus({
      reference,
      to: "closed",
      version: 3,
      actorId: liangjiangEditor.id,
      statusUrl,
    });
    const [, answered, closed] = await mails();
    expect(answered).toMatchObject({
      language: "zh",
      subject: `您的咨询已得到答复（${reference}）`,
      status: "pending",
    });
    expect(answered!.text).toContain(`http://portal.test/zh/enquiry/status?ref=${reference}`);
    expect(closed).toMatchObject({ language: "zh", subject: `您的咨询已办结（${reference}）` });
  });

  it("reopens a closed enquiry: back in progress, in the history and the audit log", async () => {
    const { id, reference } = await enquire();
    for (const [i, to] of (["in-progress", "responded", "closed", "in-progress"] as const).entries())
      await changeEnquiryStatus({ reference, to, version: i + 1, actorId: liangjiangEditor.id, statusUrl });
    const email = (await db().enquiry.findUniqueOrThrow({ where: { id } })).email;
    expect((await getEnquiryStatus({ reference, email }))?.status).toBe("in-progress");
    const last = (await audits(id)).map((a) => a.changes).at(-1);
    expect(last).toEqual({ status: { from: "closed", to: "in-progress" } });
  });
});

describe("overdue enquiries", () => {
  // Friday 27 November 2026, 10:00 China time; Tuesday 1 December 10:00 is two working days later.
  const friday = new Date("2026-11-27T02:00:00Z");
  const at = (iso: string) => new Date(iso);
  const backdate = (id: string, when: Date) =>
    db().$executeRaw`UPDATE "Enquiry" SET "updatedAt" = ${when}, "createdAt" = ${when} WHERE id = ${id}`;

  it("marks and filters enquiries awaiting staff untouched for two working days (weekends do not count)", async () => {
    const old = await enquire({ company: `Overdue ${run} GmbH` });
    const answered = await enquire({ company: `Overdue ${run} GmbH` });
    await changeEnquiryStatus({
      reference: answered.reference,
      to: "in-progress",
      version: 1,
      actorId: liangjiangEditor.id,
      statusUrl,
    });
    await changeEnquiryStatus({
      reference: answered.reference,
      to: "responded",
      version: 2,
      actorId: liangjiangEditor.id,
      statusUrl,
    });
    await backdate(old.id, friday);
    await backdate(answered.id, friday);
    const list = (now: Date, overdue?: "1") =>
      listEnquiries({
        filter: { q: `Overdue ${run}`, overdue },
        areaIds: null,
        viewerId: liangjiangEditor.id,
        now,
      });
    const flags = async (now: Date) =>
      Object.fromEntries((await list(now)).rows.map((r) => [r.reference, r.overdue]));

    // Monday 23:59 China time: only one working day (Monday) has passed since Friday 10:00.
    expect(await flags(at("2026-11-30T15:59:00Z"))).toEqual({
      [old.reference]: false,
      [answered.reference]: false,
    });
    // Tuesday 10:00 China time: Friday 10:00–24:00 plus Monday plus Tuesday until 10:00.
    const tuesday = at("2026-12-01T02:00:00Z");
    expect(await flags(tuesday)).toEqual({ [old.reference]: true, [answered.reference]: false });
    expect((await list(tuesday, "1")).rows.map((r) => r.reference)).toEqual([old.reference]);
    expect((await list(at("2026-12-01T01:59:00Z"), "1")).rows).toEqual([]);

    // A note is handling: the clock starts again.
    await addEnquiryNote({ reference: old.reference, body: "Called back", authorId: liangjiangEditor.id });
    expect((await list(new Date(), "1")).rows).toEqual([]);
  });
});

describe("listEnquiries", () => {
  it("filters, searches and keeps each editor to their areas", async () => {
    const liangjiang = await enquire({ country: "FR" });
    const tianfu = await enquire({ parks: [], projects: ["tianqi-lithium-global-rd-center"], country: "FR" });
    await assignEnquiry({
      reference: liangjiang.reference,
      assigneeId: liangjiangEditor.id,
      version: 1,
      actorId: liangjiangEditor.id,
    });
    const list = (filter: object, areas: string[] | null = null, viewerId = liangjiangEditor.id) =>
      listEnquiries({
        filter: { q: `Inbox ${run}`, country: "FR", ...filter },
        areaIds: areas,
        viewerId,
      }).then((r) => r.rows.map((row) => row.reference));
    expect(await list({})).toEqual([tianfu.reference, liangjiang.reference]);
    expect(await list({}, [areaIds.liangjiang!])).toEqual([liangjiang.reference]);
    expect(await list({}, [areaIds.tianfu!])).toEqual([tianfu.reference]);
    expect(await list({ area: "tianfu" })).toEqual([tianfu.reference]);
    expect(await list({ assignee: "me" })).toEqual([liangjiang.reference]);
    expect(await list({ assignee: "none" })).toEqual([tianfu.reference]);
    expect(await list({ q: liangjiang.reference.toLowerCase() })).toEqual([liangjiang.reference]);
    expect(await list({ status: "closed" })).toEqual([]);
    expect(await list({ country: "JP" })).toEqual([]);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(await list({ from: today, to: today })).toHaveLength(2);
    expect(await list({ to: "2020-01-01" })).toEqual([]);
    expect(
      await getEnquiryForStaff({ reference: tianfu.reference, areaIds: [areaIds.liangjiang!] }),
    ).toBeNull();
  });

  it("takes %, _ and \\ in a search literally, not as wildcards", async () => {
    const percent = await enquire({ company: `Wild ${run} 100% Ltd` });
    const underscore = await enquire({ company: `Wild ${run} A_B\\C Ltd` });
    const search = (q: string) =>
      listEnquiries({ filter: { q }, areaIds: null, viewerId: tianfuEditor.id }).then((r) =>
        r.rows.map((row) => row.reference),
      );
    // Either character alone matched every enquiry before it was escaped.
    expect(await search(`Wild ${run} %`)).toEqual([]);
    expect(await search(`Wild ${run} _`)).toEqual([]);
    expect(await search(`${run} 100%`)).toEqual([percent.reference]);
    expect(await search(`A_B\\C`)).toEqual([underscore.reference]);
    expect(await search(`A%B`)).toEqual([]);
  });

  it("shows an enquiry about both new areas to editors of either", async () => {
    const both = await enquire({ parks: [], country: "NO" });
    for (const area of ["tianfu", "liangjiang"]) {
      const { rows } = await listEnquiries({
        filter: { q: both.reference },
        areaIds: [areaIds[area]!],
        viewerId: tianfuEditor.id,
      });
      // Other test files add areas of their own: the two new areas must be among them.
      expect(rows.map((r) => r.reference)).toEqual([both.reference]);
      expect(rows[0]!.areas).toEqual(expect.arrayContaining(["liangjiang", "tianfu"]));
    }
  });
});
