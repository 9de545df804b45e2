import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TEnquiryInput } from "@ig/domain";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { createEnquiry } from "./create-enquiry.ts";
import { findSubmittedEnquiry } from "./find-submitted-enquiry.ts";
import { getEnquiryStatus } from "./get-enquiry-status.ts";

const input = (overrides: Partial<TEnquiryInput> = {}): TEnquiryInput => ({
  name: "Anna Schmidt",
  email: `anna.${Math.random().toString(36).slice(2)}@example.de`,
  company: "Schmidt Logistik GmbH",
  country: "DE",
  sizeBand: "10m-100m",
  parks: ["guoyuan-bonded-logistics-center"],
  projects: [],
  policies: [],
  message: "We want to set up a bonded warehouse for European spare parts.",
  language: "zh",
  consent: true,
  ...overrides,
});
const urls = {
  statusUrl: "http://portal.test/zh/enquiry/status",
  inboxUrl: "http://portal.test/admin/enquiries",
  fallbackNotifyEmail: "team@portal.test",
};

beforeAll(() => seedDatabase());

describe("createEnquiry", () => {
  it("stores the enquiry, its first status and two outbox e-mails in the investor's language", async () => {
    const enquiry = await createEnquiry({ input: input(), spam: false, ...urls });
    expect(enquiry.reference).toMatch(/^IG-\d{4}-\d{6}$/);
    const stored = await db().enquiry.findUniqueOrThrow({
      where: { id: enquiry.id },
      include: { history: true, emails: true, parks: true, areas: true },
    });
    expect(stored.status).toBe("new");
    expect(stored.history.map((h) => h.toStatus)).toEqual(["new"]);
    expect(stored.parks.map((p) => p.slug)).toEqual(["guoyuan-bonded-logistics-center"]);
    expect(stored.areas.map((a) => a.slug)).toEqual(["liangjiang"]);
    const confirmation = stored.emails.find((e) => e.to === stored.email)!;
    expect(confirmation.subject).toContain(enquiry.reference);
    expect(confirmation.subject).toContain("我们已收到");
    // The notification goes to the staff of the area, or to the fallback while there are none.
    const notification = stored.emails.find((e) => e !== confirmation)!;
    expect(notification.subject).toContain(`New enquiry 新咨询 ${enquiry.reference}`);
    const staff = await db().staffUser.findMany({
      where: {
        active: true,
        OR: [{ role: "admin" }, { role: "editor", areas: { some: { slug: "liangjiang" } } }],
      },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    expect(notification.to).toBe(staff.length ? staff.map((s) => s.email).join(", ") : "team@portal.test");
  });

  it("concerns the areas of the projects and policies it names, and every area when it names nothing", async () => {
    const areasOf = async (id: string) =>
      (await db().enquiry.findUniqueOrThrow({ where: { id }, include: { areas: true } })).areas
        .map((a) => a.slug)
        .sort();
    const project = await createEnquiry({
      input: input({ parks: [], projects: ["tianqi-lithium-global-rd-center"] }),
      spam: false,
      ...urls,
    });
    expect(await areasOf(project.id)).toEqual(["tianfu"]);
    const policy = await createEnquiry({
      input: input({ parks: [], policies: ["customs-bank-one-key-pass"] }),
      spam: false,
      ...urls,
    });
    expect(await areasOf(policy.id)).toEqual(["liangjiang", "tianfu"]);
    const nothing = await createEnquiry({
      input: input({ parks: ["no-such-park"] }),
      spam: false,
      ...urls,
    });
    const everyArea = await db().area.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    expect(await areasOf(nothing.id)).toEqual(everyArea.map((a) => a.slug));
  });

  it("keeps spam for review but e-mails nobody", async () => {
    const enquiry = await createEnquiry({ input: input(), spam: true, ...urls });
    const stored = await db().enquiry.findUniqueOrThrow({
      where: { id: enquiry.id },
      include: { emails: true },
    });
    expect(stored.status).toBe("spam");
    expect(stored.emails).toEqual([]);
  });

  it("stores hostile text verbatim, as data", async () => {
    const message = `'); DROP TABLE "Enquiry"; -- <script>alert(1)</script> & 中文`;
    const enquiry = await createEnquiry({
      input: input({ message, company: "<b>Bold & Co</b>" }),
      spam: false,
      ...urls,
    });
    const stored = await db().enquiry.findUniqueOrThrow({ where: { id: enquiry.id } });
    expect(stored.message).toBe(message);
    expect(stored.company).toBe("<b>Bold & Co</b>");
  });

  it("gives 200 simultaneous submissions 200 distinct references, 200 rows and 400 e-mails", async () => {
    const marker = `load-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        createEnquiry({ input: input({ company: `${marker} ${i}` }), spam: false, ...urls }),
      ),
    );
    expect(new Set(results.map((r) => r.reference)).size).toBe(200);
    const where = { company: { startsWith: marker } };
    expect(await db().enquiry.count({ where })).toBe(200);
    expect(await db().outboxEmail.count({ where: { enquiry: where } })).toBe(400);
  }, 120_000);
});

describe("createEnquiry with a submission token", () => {
  const stored = async (token: string) => ({
    enquiries: await db().enquiry.count({ where: { submissionToken: token } }),
    emails: await db().outboxEmail.count({ where: { enquiry: { submissionToken: token } } }),
  });

  it("stores a repeat of the same form post once and answers it with the first reference", async () => {
    const token = randomUUID();
    const submitted = input();
    const first = await createEnquiry({ input: submitted, spam: false, ...urls, submissionToken: token });
    expect(first.kind).toBe("created");
    const again = await createEnquiry({ input: submitted, spam: false, ...urls, submissionToken: token });
    expect(again).toEqual({ kind: "repeat", reference: (first as { reference: string }).reference });
    expect(await stored(token)).toEqual({ enquiries: 1, emails: 2 });
  });

  it("stores one of ten identical submissions racing each other; the others get its reference", async () => {
    const token = randomUUID();
    const submitted = input();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        createEnquiry({ input: submitted, spam: false, ...urls, submissionToken: token }),
      ),
    );
    expect(results.filter((r) => r.kind === "created")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "repeat")).toHaveLength(9);
    expect(new Set(results.map((r) => (r as { reference: string }).reference)).size).toBe(1);
    expect(await stored(token)).toEqual({ enquiries: 1, emails: 2 });
  });

  it("does not show the first reference to a post with the same token but another e-mail", async () => {
    const token = randomUUID();
    await createEnquiry({ input: input(), spam: false, ...urls, submissionToken: token });
    const other = input();
    expect(await createEnquiry({ input: other, spam: false, ...urls, submissionToken: token })).toEqual({
      kind: "token-reused",
    });
    expect(await findSubmittedEnquiry({ token, input: other })).toEqual({ kind: "token-reused" });
    expect(await findSubmittedEnquiry({ token: randomUUID(), input: other })).toBeNull();
    expect(await stored(token)).toEqual({ enquiries: 1, emails: 2 });
  });
});

describe("getEnquiryStatus", () => {
  it("shows status and history only for the right reference and e-mail pair", async () => {
    const submitted = input();
    const enquiry = await createEnquiry({ input: submitted, spam: false, ...urls });
    const found = await getEnquiryStatus({
      reference: enquiry.reference,
      email: submitted.email.toUpperCase(),
    });
    expect(found).toMatchObject({
      reference: enquiry.reference,
      status: "new",
      history: [{ status: "new" }],
    });
    expect(Object.keys(found!)).not.toContain("notes");
    expect(
      await getEnquiryStatus({ reference: enquiry.reference, email: "someone.else@example.com" }),
    ).toBeNull();
    expect(await getEnquiryStatus({ reference: "IG-2000-999999", email: submitted.email })).toBeNull();
  });
});
