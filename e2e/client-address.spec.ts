import { expect, test, type Page } from "@playwright/test";
import { clientAddressHeader } from "../apps/web/src/server/client-address";
import { startCluster } from "./support/cluster";
import { proofOfWork } from "./support/proof-of-work";

// Per-address limits and forwarded headers against a client that forges what proxies send: two
// instances of the build with low limits, A reached directly (the default: no trusted proxy), B
// configured to trust this machine as its load balancer. All requests come from 127.0.0.1.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let a: string;
let b: string;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const cluster = await startCluster(
    {
      OUTBOX_WORKER: "off",
      CONTENT_SYNC_SECONDS: "0",
      ENQUIRY_LIMIT_PER_IP: "3",
      ENQUIRY_LIMIT_PER_IP_NO_JS: "3",
      LOGIN_FAILURES_PER_IP: "3",
      OPEN_DATA_LIMIT_PER_MINUTE: "3",
    },
    { slot: 1, perInstance: [{}, { TRUSTED_PROXIES: "127.0.0.1" }] },
  );
  // One address family throughout: "localhost" may be ::1 for one request and 127.0.0.1 for the next.
  [a, b] = cluster.urls.map((url) => url.replace("localhost", "127.0.0.1")) as [string, string];
  stop = cluster.stop;
});
test.afterAll(async () => stop?.());

/** A different made-up origin on every request: what a client rotating forged headers sends. */
const forged = (i: number) => ({
  "x-forwarded-for": `203.0.113.${i}, 198.51.100.${i}`,
  "x-real-ip": `192.0.2.${i}`,
  forwarded: `for=192.0.2.${i}`,
  [clientAddressHeader]: `198.18.0.${i}`,
});

const enquiry = () => ({
  name: "Forged Origin",
  email: `forged.${Date.now()}.${Math.random().toString(36).slice(2)}@example.com`,
  company: "Header Games Ltd",
  country: "GB",
  sizeBand: "undecided",
  parks: [],
  message: "Trying to get round the per-address limit.",
  language: "en",
  consent: true,
});

const postEnquiry = async (base: string, headers: Record<string, string>, proof?: string) =>
  (
    await fetch(`${base}/api/enquiries`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ ...enquiry(), proof }),
    })
  ).status;

test("JSON enquiries with proof of work: forged headers do not raise the per-address limit", async () => {
  const statuses = [];
  for (let i = 1; i <= 4; i++) statuses.push(await postEnquiry(a, forged(i), await proofOfWork(a)));
  expect(statuses).toEqual([201, 201, 201, 429]);
});

async function sendFormWithoutJavaScript(page: Page) {
  await page.goto(`${a}/en/enquiry`);
  const { name, email, company, message } = enquiry();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Company or organisation").fill(company);
  await page.getByLabel("Country").selectOption("GB");
  await page.getByLabel("Planned investment").selectOption("undecided");
  await page.getByLabel("Your message").fill(message);
  await page.getByRole("checkbox", { name: /privacy/ }).check();
  await page.getByRole("button", { name: "Send enquiry" }).click();
}

test("enquiries without JavaScript (the form, and JSON without proof) share one limit per address", async ({
  browser,
}) => {
  expect(await postEnquiry(a, forged(11))).toBe(201);
  expect(await postEnquiry(a, forged(12))).toBe(201);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await context.setExtraHTTPHeaders(forged(13));
  await sendFormWithoutJavaScript(page);
  await expect(page.getByTestId("reference")).toHaveText(/^IG-\d{4}-\d{6}$/);
  await context.setExtraHTTPHeaders(forged(14));
  await sendFormWithoutJavaScript(page);
  await expect(page.getByText(/Too many enquiries from you in a short time/)).toBeVisible();
  await context.close();
  expect(await postEnquiry(a, forged(15))).toBe(429);
});

test("status look-ups stop after 20 per address, whatever the forged headers say", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const lookUp = async (i: number) => {
    await context.setExtraHTTPHeaders(forged(i));
    await page.goto(`${a}/en/enquiry/status`);
    await page.getByLabel("Reference number").fill(`IG-2026-${String(i).padStart(6, "0")}`);
    await page.getByLabel("E-mail").fill("guess@example.com");
    await page.getByRole("button", { name: "Show status" }).click();
  };
  for (let i = 1; i <= 20; i++) {
    await lookUp(i);
    await expect(page.getByText("We found no enquiry with this reference and e-mail address.")).toBeVisible();
  }
  await lookUp(21);
  await expect(page.getByText(/Too many look-ups/)).toBeVisible();
  await context.close();
});

test("staff sign-in: forged headers do not raise the failures allowed per address", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await context.setExtraHTTPHeaders(forged(attempt));
    await page.goto(`${a}/admin/login`);
    // A new account each time, so that only the per-address count can refuse.
    await page.getByLabel("E-mail").fill(`forged.${attempt}.${Date.now()}@inland-gateway.test`);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    if (attempt <= 3) await expect(alert).toHaveText("E-mail or password is not right.");
    else await expect(alert).toContainText("Too many failed attempts");
  }
  await context.close();
});

test("X-Forwarded-Host and -Proto count only from a trusted proxy (same-origin check, HSTS)", async () => {
  // A staff route's same-origin check: a direct client cannot make its own origin look like ours …
  const crossSite = {
    "content-type": "application/json",
    origin: "http://evil.example",
    "x-forwarded-host": "evil.example",
  };
  const patch = (base: string) =>
    fetch(`${base}/api/admin/parks/guoyuan-bonded-logistics-center`, {
      method: "PATCH",
      headers: crossSite,
      body: "{}",
    });
  expect((await patch(a)).status).toBe(403);
  // … while behind the trusted proxy its word counts (and the staff check answers instead).
  expect((await patch(b)).status).not.toBe(403);

  // HSTS when the TLS-terminating proxy says the visitor came over HTTPS; a direct client cannot say so.
  for (const path of ["/en", "/api/health"]) {
    const https = { "x-forwarded-proto": "https" };
    const direct = await fetch(`${a}${path}`, { headers: https });
    expect(direct.headers.get("strict-transport-security")).toBeNull();
    const proxied = await fetch(`${b}${path}`, { headers: https });
    expect(proxied.headers.get("strict-transport-security")).toMatch(/^max-age=\d{7,}/);
  }
});

test("open-data API: 3 requests a minute per address, then 429 with Retry-After, whatever the forged headers say", async () => {
  const get = (base: string, i: number, headers: Record<string, string>) =>
    fetch(`${base}/api/v1/${["parks", "areas/tianfu", "openapi.json", "news"][i % 4]}`, { headers });
  const statuses = [];
  for (let i = 1; i <= 3; i++) statuses.push((await get(a, i, forged(30 + i))).status);
  expect(statuses).toEqual([200, 200, 200]);
  const refused = await get(a, 4, forged(34));
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.headers.get("access-control-allow-origin")).toBe("*");
  expect(refused.headers.get("cache-control")).toBe("no-store");
  expect(await refused.json()).toEqual({ error: expect.stringMatching(/More than 3 requests a minute/) });
  // A CORS preflight is not counted (browsers send it on their own), and is still answered.
  expect((await fetch(`${a}/api/v1/parks`, { method: "OPTIONS" })).status).toBe(204);
  // Behind the trusted proxy, each client address has a budget of its own.
  const proxied = [];
  for (let i = 1; i <= 4; i++)
    proxied.push((await get(b, i, { "x-forwarded-for": `203.0.113.${150 + i}` })).status);
  expect(proxied).toEqual([200, 200, 200, 200]);
});

test("behind a trusted proxy (TRUSTED_PROXIES), the address it appends counts, read right to left", async () => {
  // B trusts 127.0.0.1 as its load balancer: distinct clients behind it are limited separately …
  const separate = [];
  for (let i = 1; i <= 4; i++)
    separate.push(await postEnquiry(b, { "x-forwarded-for": `203.0.113.${100 + i}` }));
  expect(separate).toEqual([201, 201, 201, 201]);
  // … and a client that prepends forged entries is still known by the one the proxy appended.
  const prepended = [];
  for (let i = 1; i <= 4; i++)
    prepended.push(await postEnquiry(b, { "x-forwarded-for": `198.51.100.${i}, 203.0.113.200` }));
  expect(prepended).toEqual([201, 201, 201, 429]);
});
