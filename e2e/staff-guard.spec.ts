import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { query } from "./database";
import { seedRecords, staffUrls, type Records } from "./staff-routes";
import { signInOverHttp } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// Every page and route handler under /admin (see staff-routes.ts), fetched with redirects off by
// people who may not read what it holds: no record data may be in the body, whatever the status.

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOverHttp(page.request, email);
  await page.close();
  return context;
}

test.describe.configure({ mode: "serial" });

let records: Records;
test.beforeAll(async () => {
  records = await seedRecords();
});

test("the route list covers every staff page the issue named", () => {
  const urls = staffUrls(records);
  for (const expected of [
    "/admin/parks",
    "/admin/figures",
    "/admin/industries",
    "/admin/stale",
    "/admin/translations",
  ])
    expect(urls).toContain(expected);
  expect(urls).toContain(`/admin/policies/${records.slugs.policies}/preview`);
  expect(urls.length).toBeGreaterThan(30);
});

async function expectSealed(context: BrowserContext, forbidden: string[], who: string) {
  const leaks: string[] = [];
  for (const url of staffUrls(records)) {
    const response = await context.request.get(url, { maxRedirects: 0 });
    const body = await response.text();
    expect(response.status(), `${who}: GET ${url}`).toBeLessThan(500);
    for (const secret of forbidden)
      if (body.includes(secret)) leaks.push(`${url} (${response.status()}) shows "${secret}"`);
    if (/\$ACTION_(ID|REF)_/.test(body) && who === "anonymous")
      leaks.push(`${url} carries a server action id`);
  }
  expect(leaks, `${who} reads staff data`).toEqual([]);
}

test("anonymous visitors get no staff data from any staff route", async ({ browser }) => {
  const context = await browser.newContext();
  await expectSealed(context, Object.values(records.secrets).flat(), "anonymous");
});

test("a valid session token of a deactivated account gets no staff data either (the pages' own guard)", async ({
  browser,
}) => {
  // The proxy lets a signed token through; only the guard in each page knows the account is gone.
  const email = await staffAccount("editor", ["tianfu"]);
  const context = await signedIn(browser, email);
  await query(`UPDATE "StaffUser" SET active = false WHERE email = $1`, [email]);
  await expectSealed(context, Object.values(records.secrets).flat(), "deactivated");
});

test("a Liangjiang viewer reads no Tianfu enquiry and no account data", async ({ browser }) => {
  const context = await signedIn(browser, await staffAccount("viewer", ["liangjiang"]));
  await expectSealed(context, [...records.secrets.enquiry, ...records.secrets.staff], "viewer");
});

test("the Liangjiang editor reads no Tianfu enquiry and no account data", async ({ browser }) => {
  const context = await signedIn(browser, await staffAccount("editor", ["liangjiang"]));
  await expectSealed(context, [...records.secrets.enquiry, ...records.secrets.staff], "editor");
});
