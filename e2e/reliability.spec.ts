import { expect, test } from "@playwright/test";
import type pg from "pg";
import { queryAt } from "./database";
import { startCluster } from "./support/cluster";

// Two app instances on one PostgreSQL of their own, as behind a load balancer (README).
test.describe.configure({ mode: "serial", timeout: 240_000 });

let cluster: Awaited<ReturnType<typeof startCluster>>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  // A short sync interval keeps the test quick; production's default is 5 s (README).
  cluster = await startCluster({
    CONTENT_SYNC_SECONDS: "2",
    OUTBOX_WORKER: "off",
    // All requests come from this machine: the per-address limits would trip; the per-e-mail and
    // per-account ones are tested (all are counted the same way, in PostgreSQL).
    ENQUIRY_LIMIT_PER_IP: "100000",
    ENQUIRY_LIMIT_PER_IP_NO_JS: "100000",
    LOGIN_FAILURES_PER_IP: "100000",
  });
});
test.afterAll(async () => cluster?.stop());

const sql = <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) =>
  queryAt<T>(cluster.databaseUrl, text, params);

const enquiry = (email: string, company = "Reliability Ltd") => ({
  name: "Test Investor",
  email,
  company,
  country: "SG",
  sizeBand: "10m-100m",
  parks: ["guoyuan-bonded-logistics-center"],
  message: "Checking that nothing is lost.",
  language: "en",
  consent: true,
});
const post = (base: string, body: unknown) =>
  fetch(`${base}/api/enquiries`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

test("the per-e-mail enquiry limit and login throttling hold across both instances", async ({ browser }) => {
  const [a, b] = cluster.urls;
  const email = `limit.${Date.now()}@example.com`;
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await post(i % 2 ? b : a, enquiry(email))).status);
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);

  const account = `throttle.${Date.now()}@inland-gateway.test`;
  const page = await browser.newPage();
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.goto(`${attempt % 2 ? b : a}/admin/login`);
    await page.getByLabel("E-mail").fill(account);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.locator("form").getByRole("alert");
    if (attempt < 5) await expect(alert).toHaveText("E-mail or password is not right.");
    else await expect(alert).toContainText("Too many failed attempts");
  }
  await page.close();
});

test("a publish on instance A shows on instance B within the sync interval", async ({ browser }) => {
  const [a, b] = cluster.urls;
  const slug = "guoyuan-bonded-logistics-center";
  // B has the park page in its cache before the change.
  await expect((await (await fetch(`${b}/en/parks/${slug}`)).text()).length).toBeGreaterThan(0);
  const context = await browser.newContext({ baseURL: a });
  const page = await context.newPage();
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill("admin@inland-gateway.test");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const [row] = await sql<{ version: number }>(`SELECT version FROM "Park" WHERE slug = $1`, [slug]);
  const summary = `Changed on instance A at ${Date.now()}`;
  const saved = await context.request.patch(`/api/admin/parks/${slug}`, {
    headers: { origin: a },
    data: { version: row!.version, summary: { en: summary, zh: `在实例A上修改 ${Date.now()}` } },
  });
  expect(saved.status()).toBe(200);
  const publishedAt = Date.now();
  // Bound: CONTENT_SYNC_SECONDS (2 here) plus one render; allow 6 s on a busy test machine.
  await expect
    .poll(async () => (await (await fetch(`${b}/en/parks/${slug}`)).text()).includes(summary), {
      timeout: 6_000,
      intervals: [250],
    })
    .toBe(true);
  console.log(`instance B showed the change after ${Date.now() - publishedAt} ms`);
  await context.close();
});

test("PostgreSQL restarts during 1,000 enquiries at 50 at once: each success stored once, the rest a clean 503", async () => {
  const [a, b] = cluster.urls;
  const marker = `restart-${Date.now()}`;
  const results: { status: number; reference?: string; retryAfter: string | null }[] = [];
  let sent = 0;
  let restart: Promise<void> | undefined;
  const worker = async () => {
    while (sent < 1000) {
      const i = sent++;
      if (i === 200) restart = cluster.restartPostgres();
      const response = await post(i % 2 ? b : a, enquiry(`r${i}.${marker}@example.com`, `${marker} ${i}`));
      const body = (await response.json().catch(() => ({}))) as { reference?: string };
      results.push({
        status: response.status,
        reference: body.reference,
        retryAfter: response.headers.get("retry-after"),
      });
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  await restart;
  const statuses = new Set(results.map((r) => r.status));
  expect([...statuses].every((s) => s === 201 || s === 503)).toBe(true);
  const refused = results.filter((r) => r.status === 503);
  expect(refused.every((r) => Number(r.retryAfter) > 0)).toBe(true);
  const created = results.filter((r) => r.status === 201).map((r) => r.reference!);
  const stored = await sql<{ reference: string; n: string }>(
    `SELECT reference, count(*) OVER (PARTITION BY reference) AS n FROM "Enquiry" WHERE company LIKE $1`,
    [`${marker} %`],
  );
  const storedOnce = new Set(stored.filter((r) => r.n === "1").map((r) => r.reference));
  expect(created.filter((reference) => !storedOnce.has(reference))).toEqual([]);
  console.log(`${created.length} stored, ${refused.length} refused with 503 while PostgreSQL restarted`);
  // Both instances recover without a restart of their own.
  for (const base of [a, b])
    expect((await post(base, enquiry(`after.${marker}@example.com`))).status).toBe(201);
});
