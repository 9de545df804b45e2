import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { query } from "./database";

const valid = (domain = "example.it") => ({
  name: "Maria Rossi",
  email: `maria.${Date.now()}.${Math.random().toString(36).slice(2)}@${domain}`,
  company: "Rossi Meccanica S.p.A.",
  country: "IT",
  sizeBand: "1m-10m",
  parks: [],
  message: "We are looking for a site for precision machining.",
  language: "en",
  consent: true,
});

// Other journeys write enquiries at the same time: count only what this test could have written.
const propertyDomain = `property-${Date.now()}.example`;

const hostile = fc.constantFrom(
  '\'; DROP TABLE "Enquiry"; --',
  "<script>alert(1)</script>",
  "\u0000\u0007\u001b[31m",
  "Robert'); DELETE FROM \"OutboxEmail\" WHERE ('1'='1",
  "x".repeat(20_000),
  "💥".repeat(3000),
);
const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
  hostile,
);

/** Each case breaks at least one rule of the schema, and may scramble the other fields too. */
const badEnquiry = fc
  .record({
    breaking: fc.constantFrom(
      { email: "not-an-email" },
      { email: "a@b" },
      { consent: false },
      { consent: undefined },
      { name: "Li\u0000Wei" },
      { name: "" },
      { company: "   " },
      { country: "XX" },
      { message: "short" },
      { message: "m".repeat(5001) },
      { sizeBand: "huge" },
      { language: "fr" },
      { parks: "not-a-list" },
      { parks: ["<script>"] },
      { phone: "call me maybe" },
    ),
    scramble: fc.dictionary(
      fc.constantFrom("name", "company", "message", "phone", "industry", "extra"),
      anyValue,
      { maxKeys: 3 },
    ),
  })
  .map(({ breaking, scramble }) => ({ ...valid(propertyDomain), ...scramble, ...breaking }));

async function enquiryCount() {
  const rows = await query<{ count: string }>(`SELECT count(*) FROM "Enquiry" WHERE email LIKE $1`, [
    `%@${propertyDomain}`,
  ]);
  return Number(rows[0]!.count);
}

test("thousands of bad inputs get a 400 with field errors (or 413 when huge), never a 500, and write nothing", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const post = async (data: unknown) => {
    const body = JSON.stringify(data) ?? "null";
    const response = await request.post("/api/enquiries", {
      data: body,
      headers: { "content-type": "application/json" },
    });
    const status = response.status();
    expect([400, 413], `status for ${body.slice(0, 200)}`).toContain(status);
    if (status === 400) expect(Object.keys((await response.json()).errors).length).toBeGreaterThan(0);
  };
  await fc.assert(fc.asyncProperty(badEnquiry, post), { numRuns: 1500 });
  await fc.assert(fc.asyncProperty(fc.anything(), post), { numRuns: 300 });
  // Not JSON at all:
  const raw = await request.post("/api/enquiries", {
    data: "name=x&<script>",
    headers: { "content-type": "text/plain" },
  });
  expect(raw.status()).toBe(400);
  expect(await enquiryCount()).toBe(0);
});

test("a bad field is named in the answer", async ({ request }) => {
  const response = await request.post("/api/enquiries", {
    data: { ...valid(), email: "nope", consent: false },
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).errors).toEqual({ email: "email", consent: "consent" });
});

test("hostile text is stored verbatim and the API answers with a reference", async ({ request }) => {
  const message = `'); DROP TABLE "Enquiry"; -- <img src=x onerror=alert(1)> 中文`;
  const response = await request.post("/api/enquiries", { data: { ...valid(), message } });
  expect(response.status()).toBe(201);
  const { reference } = await response.json();
  const [row] = await query<{ message: string }>(`SELECT message FROM "Enquiry" WHERE reference = $1`, [
    reference,
  ]);
  expect(row?.message).toBe(message);
});

test("enquiries are rate-limited per e-mail address, with a retry hint", async ({ request }) => {
  const enquiry = valid();
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await request.post("/api/enquiries", { data: enquiry });
    statuses.push(response.status());
    if (response.status() === 429) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
});

test("a honeypot hit is kept as spam and e-mails nobody", async ({ request }) => {
  const response = await request.post("/api/enquiries", {
    data: { ...valid(), website: "http://spam.example" },
  });
  expect(response.status()).toBe(201);
  const { reference } = await response.json();
  const [row] = await query<{ status: string; emails: string }>(
    `SELECT e.status, (SELECT count(*) FROM "OutboxEmail" o WHERE o."enquiryId" = e.id) AS emails FROM "Enquiry" e WHERE reference = $1`,
    [reference],
  );
  expect(row).toEqual({ status: "spam", emails: "0" });
});
