import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { expectUpkeepRoutes } from "./upkeep-routes";
import { expectContentActions } from "./content-actions";
import { signInOverHttp, staffState } from "./support/staff-session";
import { staffAccount } from "./support/test-data";
import { png } from "./support/png";

// Journey 7 and who may do what in the staff area, over the real form and real HTTP.
const tianfuPark = "tianfu-bonded-logistics-center";

/** A browser context of its own per account, so the matrix compares sessions side by side. */
async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  await signInOverHttp(context.request, email);
  return context;
}

async function park(slug: string) {
  const [row] = await query<{ version: number; summary: { en: string; zh: string } }>(
    `SELECT version, summary FROM "Park" WHERE slug = $1`,
    [slug],
  );
  return row;
}

/** PATCHes a park's summary the way a same-site script would (Origin: the site itself). */
async function patchPark(context: BrowserContext, slug: string, origin?: string) {
  const version = (await park(slug))?.version ?? 1;
  const baseURL = test.info().project.use.baseURL!;
  return context.request.patch(`/api/admin/parks/${slug}`, {
    headers: { origin: origin ?? baseURL },
    data: { version, summary: { en: `Summary ${Date.now()}`, zh: `简介 ${Date.now()}` } },
  });
}

/** POSTs a park image (a real PNG, both alt texts) the way the edit page's upload form does. */
function uploadImage(context: BrowserContext, slug: string) {
  return context.request.post(`/api/admin/parks/${slug}/images`, {
    headers: { origin: test.info().project.use.baseURL! },
    multipart: {
      file: { name: "matrix.png", mimeType: "image/png", buffer: png(2, 2) },
      "alt.en": "Matrix image",
      "alt.zh": "矩阵图片",
    },
  });
}
const imageCount = async (slug: string) =>
  (await query(`SELECT 1 FROM "Image" i JOIN "Park" p ON p.id = i."parkId" WHERE p.slug = $1`, [slug]))
    .length;

test("journey 7: an editor for Liangjiang only cannot change a Tianfu park", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: staffState("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const email = `liangjiang.${Date.now()}@inland-gateway.test`;
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Name").fill("New Liangjiang Editor");
  await page.getByLabel("Role").selectOption("editor");
  await page.getByLabel("Liangjiang New Area (Chongqing)").check();
  await page.getByLabel("Send a reset link by e-mail").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText("Account created.");
  await expect(page.getByLabel("Liangjiang New Area (Chongqing)")).toBeChecked();
  await expect(page.getByLabel("Tianfu New Area (Sichuan)")).not.toBeChecked();

  // The only way in is the link in the e-mail: the database holds its hash, not the token.
  const [mail] = await query<{ text: string }>(`SELECT text FROM "OutboxEmail" WHERE "to" = $1`, [email]);
  const link = new URL(mail!.text.match(/http\S+/)![0]);
  const token = link.searchParams.get("token")!;
  expect(await query(`SELECT 1 FROM "PasswordReset" WHERE "tokenHash" = $1`, [token])).toEqual([]);

  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await editorPage.goto(`/admin/reset-password?token=${token}`);
  await expectNoAxeViolations(editorPage);
  await editorPage.getByLabel("New password").fill("liangjiang editor password");
  await editorPage.getByRole("button", { name: "Set password" }).click();
  await expect(editorPage.getByRole("status")).toContainText("Your password is set.");
  await signInOverHttp(editorPage.request, email, "liangjiang editor password");
  await editorPage.goto("/admin");
  // The staff navigation offers account management to administrators only.
  await expect(editorPage.getByRole("link", { name: "Users" })).toHaveCount(0);

  const allowed = await patchPark(editor, "china-israel-industrial-park-liangjiang");
  expect(allowed.status()).toBe(200);
  const before = await park(tianfuPark);
  const refused = await patchPark(editor, tianfuPark);
  expect(refused.status()).toBe(403);
  expect(await park(tianfuPark)).toEqual(before);
  const [audit] = await query<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditEntry" a JOIN "StaffUser" s ON s.id = a."actorId"
     WHERE s.email = $1 AND a.entity = 'Park'`,
    [email],
  );
  expect(Number(audit!.n)).toBe(1);

  // Deactivated by the administrator, the editor loses write access on the next request.
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Account deactivated.")).toBeVisible();
  expect((await patchPark(editor, "china-israel-industrial-park-liangjiang")).status()).toBe(401);
  await admin.close();
  await editor.close();
});

test("the authorization matrix of the staff routes and pages", async ({ browser }) => {
  test.setTimeout(240_000);
  const slug = "china-south-korea-industrial-park-liangjiang";
  const deactivatedEmail = await staffAccount("editor", ["liangjiang"]);
  const contexts = {
    anonymous: await browser.newContext(),
    viewer: await signedIn(browser, await staffAccount("viewer", [])),
    otherArea: await signedIn(browser, await staffAccount("editor", ["tianfu"])),
    deactivated: await signedIn(browser, deactivatedEmail),
    rightArea: await signedIn(browser, await staffAccount("editor", ["liangjiang"])),
    admin: await browser.newContext({ storageState: staffState("admin") }),
  };
  await query(`UPDATE "StaffUser" SET active = false WHERE email = $1`, [deactivatedEmail]);
  // The content forms as an admin's browser without JavaScript sees them (see content-actions.ts).
  const forms = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await contexts.admin.storageState(),
  });
  const [someone] = await query<{ id: string }>(
    `SELECT id FROM "StaffUser" WHERE email = 'viewer@inland-gateway.test'`,
  );
  const adminPages = ["/admin/users", `/admin/users/${someone!.id}`, "/admin/audit"];
  const refused = { anonymous: 401, viewer: 403, otherArea: 403, deactivated: 401 } as const;

  for (const [who, status] of Object.entries(refused)) {
    const context = contexts[who as keyof typeof refused];
    const before = await park(slug);
    expect((await patchPark(context, slug)).status(), who).toBe(status);
    expect(await park(slug), who).toEqual(before);
    const images = await imageCount(slug);
    expect((await uploadImage(context, slug)).status(), `${who} image`).toBe(status);
    expect(await imageCount(slug), `${who} image`).toBe(images);
    await expectUpkeepRoutes(context, who as keyof typeof refused);
    await expectContentActions(context, who as keyof typeof refused, forms);
    for (const path of adminPages) {
      const page = await context.newPage();
      const response = await page.goto(path);
      // Signed-out (and deactivated) visitors go to the login; other staff get the staff 404, in
      // the staff frame, on the URL they asked for.
      if (status === 401) await expect(page, `${who} ${path}`).toHaveURL(/\/admin\/login$/);
      else {
        expect(response!.status(), `${who} ${path}`).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
        await expect(page.getByRole("navigation", { name: "Staff" })).toBeVisible();
      }
      await page.close();
    }
  }
  for (const who of ["rightArea", "admin"] as const) {
    const response = await patchPark(contexts[who], slug);
    expect(response.status(), who).toBe(200);
    const body = (await response.json()) as { version: number; summary: { en: string } };
    expect(await park(slug)).toEqual({ version: body.version, summary: body.summary });
    const images = await imageCount(slug);
    expect((await uploadImage(contexts[who], slug)).status(), `${who} image`).toBe(201);
    expect(await imageCount(slug)).toBe(images + 1);
  }
  for (const who of ["rightArea", "admin"] as const) await expectUpkeepRoutes(contexts[who], who);
  for (const who of ["rightArea", "admin"] as const) await expectContentActions(contexts[who], who, forms);
  const stale = await contexts.admin.request.patch(`/api/admin/parks/${slug}`, {
    headers: { origin: test.info().project.use.baseURL! },
    data: { version: 1, summary: { en: "Stale", zh: "" } },
  });
  expect(stale.status()).toBe(409);
  const invalid = await patchPark(contexts.admin, "no-such-park");
  expect(invalid.status()).toBe(404);
  const badBody = await contexts.admin.request.patch(`/api/admin/parks/${slug}`, {
    headers: { origin: test.info().project.use.baseURL! },
    data: { version: 1, summary: { en: "" } },
  });
  expect(badBody.status()).toBe(400);

  const page = await contexts.admin.newPage();
  for (const path of adminPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
  await Promise.all([...Object.values(contexts), forms].map((context) => context.close()));
});

test("forged cross-origin writes are refused and write nothing", async ({ browser }) => {
  const slug = "china-japan-industrial-park-liangjiang";
  const admin = await browser.newContext({ storageState: staffState("admin") });
  const before = await park(slug);
  expect((await patchPark(admin, slug, "http://evil.example")).status()).toBe(403);
  const { version } = before!;
  const noOrigin = await admin.request.fetch(`/api/admin/parks/${slug}`, {
    method: "PATCH",
    data: { version, summary: { en: "No origin", zh: "" } },
  });
  expect(noOrigin.status()).toBe(403);
  const post = await admin.request.post(`/api/admin/parks/${slug}`, {
    headers: { origin: "http://evil.example" },
    data: { version, summary: { en: "Forged", zh: "" } },
  });
  expect(post.status()).toBeGreaterThanOrEqual(400);
  expect(await park(slug)).toEqual(before);
  await admin.close();
});

test("the account and audit pages are accessible in English and Chinese", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: staffState("admin") });
  const page = await admin.newPage();
  for (const [locale, users, audit] of [
    ["en", "Staff accounts", "Audit log"],
    ["zh", "员工账户", "审计日志"],
  ] as const) {
    await admin.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(users);
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Demo Viewer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo Viewer");
    await expectNoAxeViolations(page);
    await page.goto("/admin/audit?entity=StaffUser");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(audit);
    await expectNoAxeViolations(page);
  }
  // The audit log shows who changed which field from what to what.
  await admin.addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
  await patchPark(admin, "china-italy-industrial-park-liangjiang");
  await page.goto("/admin/audit?entity=Park&action=update");
  await page.getByLabel("Who").selectOption({ label: "Demo Administrator <admin@inland-gateway.test>" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=/);
  // By its label, the text in the reader's language, not the field's name and JSON.
  await expect(page.getByRole("cell", { name: /^Summary: .* → Summary \d+/ }).first()).toBeVisible();
  await admin.close();
});
