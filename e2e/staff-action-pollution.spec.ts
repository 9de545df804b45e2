import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { query } from "./database";
import { seedRecords, staffUrls, type Records } from "./staff-routes";
import { signInOverHttp, staffState } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// Form keys that would write onto Object.prototype once turned into nested objects. One such post
// once answered every later request of every visitor with 500, until a restart.
const pollution = {
  "__proto__.website": "polluted",
  "constructor.prototype.website": "polluted",
  "__proto__.role": "admin",
};

test.describe.configure({ mode: "serial" });

let records: Records;
test.beforeAll(async () => {
  records = await seedRecords();
});

/** A browser context of an account this test made. */
async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  await signInOverHttp(context.request, email);
  return context;
}
const asAdmin = (browser: Browser, javaScriptEnabled = true) =>
  browser.newContext({ storageState: staffState("admin"), javaScriptEnabled });

/** Every server-action form on every staff page, as an administrator without JavaScript sees it. */
async function staffForms(browser: Browser) {
  const context = await asAdmin(browser, false);
  const page = await context.newPage();
  const forms = new Map<string, { url: string; fields: [string, string][] }>();
  // One kind is enough: the content pages of every kind call the same actions (the kind is bound).
  // Pages only: the export and the preview form's target are route handlers (drafts.spec.ts tries the latter).
  const pages = staffUrls(records, { everyKind: false }).filter((url) => !/\/(export|previews)$/.test(url));
  for (const url of pages) {
    await page.goto(url);
    for (const form of await page.locator("form:has(input[name^='$ACTION'])").all()) {
      const fields = await form.evaluate((element: HTMLFormElement) =>
        [...new FormData(element)].map(([key, value]) => [key, String(value)] as [string, string]),
      );
      // One entry per action (its id, or the reference of a bound one), from the first page showing it.
      const action = fields.find(([key]) => /^\$ACTION_(ID|REF)_/.test(key))?.[0] ?? url;
      if (!forms.has(action)) forms.set(action, { url, fields });
    }
  }
  await context.close();
  return [...forms.values()];
}

async function expectPortalUp(request: APIRequestContext) {
  for (const url of ["/en", "/zh/parks", "/admin/login", "/api/health"])
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
}

/** The run's records as the forms above would have changed them: none of it may move. */
async function writableState() {
  const [state] = await query(
    `SELECT (SELECT array_agg(version ORDER BY slug) FROM (
               SELECT slug, version FROM "Park" UNION ALL SELECT slug, version FROM "Project"
               UNION ALL SELECT slug, version FROM "Policy" UNION ALL SELECT slug, version FROM "NewsItem") c
             WHERE slug LIKE '%-' || $1) AS content,
            (SELECT version FROM "Figure" WHERE id = $2) AS figure,
            (SELECT version FROM "Industry" WHERE slug = $3) AS industry,
            (SELECT row(role, active, version)::text FROM "StaffUser" WHERE id = $4) AS account,
            (SELECT row(status, version, "assigneeId")::text FROM "Enquiry" WHERE reference = $5) AS enquiry,
            (SELECT count(*) FROM "EnquiryNote" n JOIN "Enquiry" e ON e.id = n."enquiryId" WHERE e.reference = $5) AS notes`,
    [records.stamp, records.figure, records.industry, records.user, records.enquiry],
  );
  return state;
}

test("every staff action refuses prototype-polluting form keys, and the portal stays up", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(180_000); // every staff page read once, then every form posted three times
  const forms = await staffForms(browser);
  expect(forms.length, "server-action forms found on the staff pages").toBeGreaterThan(10);
  const before = await writableState();
  const origin = test.info().project.use.baseURL!;
  const anonymous = await playwright.request.newContext({ baseURL: origin });
  const viewer = await signedIn(browser, await staffAccount("viewer", []));
  const admin = await asAdmin(browser);
  for (const [who, request] of [
    ["anonymous", anonymous],
    ["viewer", viewer.request],
    ["admin", admin.request],
  ] as const) {
    for (const { url, fields } of forms) {
      const data = new FormData();
      for (const [key, value] of fields) data.append(key, value);
      for (const [key, value] of Object.entries(pollution)) data.append(key, value);
      const response = await request.post(url, { headers: { origin }, multipart: data, maxRedirects: 0 });
      expect(response.status(), `${who}: POST ${url}`).toBeLessThan(500);
    }
    await expectPortalUp(anonymous);
  }
  expect(await writableState()).toEqual(before);
});

test("the same key through the page's own script (the action call with a Next-Action header)", async ({
  browser,
  playwright,
}) => {
  const admin = await asAdmin(browser);
  const page = await admin.newPage();
  await page.goto(`/admin/parks/${records.slugs.parks}`);
  await page
    .locator("main form")
    .first()
    .evaluate((form, keys) => {
      for (const key of keys) {
        const input = document.createElement("input");
        Object.assign(input, { type: "hidden", name: key, value: "polluted" });
        form.append(input);
      }
    }, Object.keys(pollution));
  const sent = page.waitForRequest(
    (request) => request.method() === "POST" && !!request.headers()["next-action"],
  );
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const call = await sent;
  expect(call.postDataBuffer()?.toString()).toContain("__proto__.website");
  expect((await call.response())?.status()).toBeLessThan(500);

  // The same call replayed by an anonymous visitor and a viewer, who may hold the action id.
  const headers = { ...call.headers(), origin: test.info().project.use.baseURL! };
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const viewer = await signedIn(browser, await staffAccount("viewer", []));
  for (const request of [anonymous, viewer.request]) {
    const response = await request.post(call.url(), {
      headers,
      data: call.postDataBuffer()!,
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
  }
  await expectPortalUp(anonymous);
  const [park] = await query<{ version: number }>(`SELECT version FROM "Park" WHERE slug = $1`, [
    records.slugs.parks,
  ]);
  expect(park!.version).toBe(1);
});
