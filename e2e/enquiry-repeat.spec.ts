import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { query } from "./database";

// A repeated submission stores one enquiry: the form's one-time token (a hidden field, also
// without JavaScript) and the API's Idempotency-Key.

const unique = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;

const stored = async (email: string) => ({
  enquiries: (await query(`SELECT 1 FROM "Enquiry" WHERE email = $1`, [email])).length,
  emails: (
    await query(`SELECT 1 FROM "OutboxEmail" o JOIN "Enquiry" e ON e.id = o."enquiryId" WHERE e.email = $1`, [
      email,
    ])
  ).length,
});

/** Fills the enquiry form without JavaScript and captures the POST the browser sends. */
async function fillAndCapture(page: Page, email: string) {
  await page.goto("/en/enquiry");
  await page.getByLabel("Your name").fill("Jonas Berg");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Company or organisation").fill("Berg Maschinenbau AG");
  await page.getByLabel("Country").selectOption("CH");
  await page.getByLabel("Planned investment").selectOption("1m-10m");
  await page.getByLabel("Your message").fill("We would like to visit the bonded logistics centre in spring.");
  await page.getByRole("checkbox", { name: /privacy notice/ }).check();
  const posted = page.waitForRequest((request) => request.method() === "POST");
  await page.getByRole("button", { name: "Send enquiry" }).click();
  const request = await posted;
  await expect(page.getByTestId("reference")).toBeVisible();
  return {
    reference: (await page.getByTestId("reference").textContent())!,
    headers: { "content-type": request.headers()["content-type"]!, origin: new URL(page.url()).origin },
    body: request.postDataBuffer()!,
  };
}

/** The same POST again, as a browser resends it; answers the reference it was sent to, if any. */
async function resend(request: APIRequestContext, sent: { headers: Record<string, string>; body: Buffer }) {
  const response = await request.post("/en/enquiry", { ...sent, data: sent.body, maxRedirects: 0 });
  return {
    status: response.status(),
    reference: new URL(response.headers().location ?? "http://x/", "http://x").searchParams.get("ref"),
    body: await response.text(),
  };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form post twice, and two more at once, store one enquiry and two e-mails", async ({
    page,
  }) => {
    const email = `twice.${unique()}@example.ch`;
    const sent = await fillAndCapture(page, email);
    expect(await stored(email)).toEqual({ enquiries: 1, emails: 2 });

    const repeats = [
      await resend(page.request, sent),
      ...(await Promise.all([1, 2].map(() => resend(page.request, sent)))),
    ];
    for (const repeat of repeats) expect(repeat).toMatchObject({ status: 303, reference: sent.reference });
    expect(await stored(email)).toEqual({ enquiries: 1, emails: 2 });
  });

  test("the same token with another e-mail address stores nothing and does not show the first reference", async ({
    page,
  }) => {
    const email = `first.${unique()}@example.ch`;
    const sent = await fillAndCapture(page, email);
    const other = `other.${unique()}@example.ch`;
    const forged = {
      ...sent,
      body: Buffer.from(sent.body.toString("latin1").replace(email, other), "latin1"),
    };
    const answer = await resend(page.request, forged);
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain(sent.reference);
    expect(answer.body).toContain("This form had already been sent with other details.");
    expect(await stored(email)).toEqual({ enquiries: 1, emails: 2 });
    expect(await stored(other)).toEqual({ enquiries: 0, emails: 0 });
  });
});

test("POST /api/enquiries with an Idempotency-Key: a retry gets the first reference, another body a 422", async ({
  request,
}) => {
  const email = `retry.${unique()}@example.it`;
  const body = {
    name: "Maria Rossi",
    email,
    company: "Rossi Meccanica S.p.A.",
    country: "IT",
    sizeBand: "1m-10m",
    message: "We are looking for a site for precision machining.",
    language: "en",
    consent: true,
  };
  const key = `key-${unique().replace(".", "-")}`;
  const post = (data: object, headers: Record<string, string> = { "idempotency-key": key }) =>
    request.post("/api/enquiries", { data, headers });
  const first = await post(body);
  expect(first.status()).toBe(201);
  const { reference } = (await first.json()) as { reference: string };
  const retries = await Promise.all([post(body), post(body), post(body)]);
  for (const retry of retries) {
    expect(retry.status()).toBe(201);
    expect(await retry.json()).toEqual({ reference });
  }
  const changed = await post({ ...body, email: `changed.${unique()}@example.it` });
  expect(changed.status()).toBe(422);
  expect(await changed.text()).not.toContain(reference);
  expect((await post(body, { "idempotency-key": "short" })).status()).toBe(400);
  expect(await stored(email)).toEqual({ enquiries: 1, emails: 2 });
});
