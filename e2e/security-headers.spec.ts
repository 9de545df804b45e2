import { expect, test, type APIResponse } from "@playwright/test";
import { watchCspViolations } from "./csp";
import { query } from "./database";

// Pages run scripts with the response's nonce only; other responses (JSON, files) run nothing.
function expectSecurityHeaders(response: APIResponse, kind: "page" | "data") {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  if (kind === "page") {
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[\w+/=]{16,}'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-request-id"]).toMatch(/^[\w.:-]+$/);
  } else {
    expect(csp).toContain("default-src 'none'");
  }
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ request }) => {
  const html = await (await request.get("/en")).text();
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const responses = {
    "public page": [await request.get("/en"), "page"],
    "Chinese page": [await request.get("/zh/parks"), "page"],
    "locale redirect": [await request.get("/", { maxRedirects: 0 }), "page"],
    "staff login": [await request.get("/admin/login"), "page"],
    "staff page (redirect to the login)": [await request.get("/admin", { maxRedirects: 0 }), "page"],
    "missing page": [await request.get("/en/no-such-page"), "page"],
    "robots.txt": [await request.get("/robots.txt"), "page"],
    "API route": [await request.get("/api/proof-of-work"), "data"],
    "health check": [await request.get("/api/health"), "data"],
    "missing API route": [await request.get("/api/no-such-route"), "data"],
    "missing file": [await request.get("/files/images/no-such-image.jpg"), "data"],
    "Next's script": [await request.get(script!), "data"],
  } as const;
  expect(responses["missing page"][0].status()).toBe(404);
  expect(responses["missing API route"][0].status()).toBe(404);
  expect(responses["staff page (redirect to the login)"][0].status()).toBeGreaterThanOrEqual(300);
  for (const [name, [response, kind]] of Object.entries(responses)) {
    await test.step(name, () => expectSecurityHeaders(response, kind));
  }
});

test("each page gets its own nonce, and every script of the page carries it", async ({ request }) => {
  const nonceOf = (response: APIResponse) =>
    response.headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  const first = await request.get("/en/parks");
  const second = await request.get("/en/parks");
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(first)}"`);
});

test("the request id is taken from the load balancer when sane, else made up, and echoed", async ({
  request,
}) => {
  const given = await request.get("/api/health", { headers: { "x-request-id": "lb-1234.abc" } });
  expect(given.headers()["x-request-id"]).toBe("lb-1234.abc");
  const odd = await request.get("/en", { headers: { "x-request-id": "<script>" } });
  expect(odd.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("pages run their scripts under the policy without a single violation", async ({ page }) => {
  const violations = watchCspViolations(page);
  await page.goto("/zh");
  // The enquiry form's proof of work: fetched and solved by client code.
  await page.goto("/en/enquiry");
  await expect(page.locator('input[name="proof"]')).not.toHaveValue("", { timeout: 20_000 });
  // The compare tray: client state.
  await page.goto("/en/parks");
  await page.getByRole("button", { name: "Add to comparison" }).first().click();
  await expect(page.getByRole("banner").getByRole("link", { name: /^Compare/ })).toHaveText("Compare (1)");
  // Client-side navigation (flight data fetched by the router) and the map.
  await page.getByRole("navigation").getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/en\/map$/);
  // Staff: sign in through the real form, then a staff page.
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill("viewer@inland-gateway.test");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/enquiries");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("the health check reports the database, migrations and outbox, uncached", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    app: "up",
    database: "up",
    migrations: { current: true, pending: [] },
  });
  expect(body.outbox.pending).toEqual(expect.any(Number));
});

test("the health check answers 503 while the database lacks a migration this build expects", async ({
  request,
}) => {
  // Hide the newest applied migration for a moment, as if the build were newer than the database.
  const [row] = await query<{ id: string; migration_name: string }>(
    `SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`,
  );
  await query(`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = $1`, [row!.id]);
  try {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "unavailable",
      database: "up",
      migrations: { current: false, pending: [row!.migration_name] },
    });
  } finally {
    await query(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = $1`, [row!.id]);
  }
  expect((await request.get("/api/health")).status()).toBe(200);
});
