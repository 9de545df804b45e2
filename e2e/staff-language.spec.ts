import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { en, expectChineseStaffPage, text, uiEnglish, zh } from "./support/staff-chinese";
import { editorListPages } from "./staff-routes";
import { enquire } from "./support/enquire";
import { signInOverHttp } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// The staff side in Chinese and English: the language follows the staff member's choice (the
// switch in the staff header, stored on the account), and before sign-in this browser's choice or
// its Accept-Language.
test("the login page speaks the browser's language until the staff member chooses", async ({ browser }) => {
  // Chromium sends Accept-Language from the context's locale.
  for (const [acceptLanguage, lang, title] of [
    ["zh-CN", "zh-CN", zh],
    ["en-US", "en", en],
    ["de-DE", "en", en],
  ] as const) {
    const context = await browser.newContext({ locale: acceptLanguage });
    const page = await context.newPage();
    await page.goto("/admin/login");
    await expect(page.locator("html"), acceptLanguage).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(title, "login.title"));
    await expect(page.getByLabel(text(title, "login.password"))).toBeVisible();
    await expectNoAxeViolations(page);
    if (lang === "zh-CN") {
      expect(await uiEnglish(page)).toEqual([]);
      // The switch on the login page: this browser's choice (a cookie), stronger than the header.
      await page.getByRole("link", { name: text(zh, "language.switchTo") }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page).toHaveURL(/\/admin\/login$/);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(en, "login.title"));
    }
    await context.close();
  }
});

test("the login page ships its own strings, not the staff catalogue", async ({ request }) => {
  const html = await (await request.get("/admin/login")).text();
  expect(html).toContain(text(en, "login.invalid"));
  // Strings of other staff pages (before: the whole catalogue, ~25 KB, went to the browser).
  for (const other of ["content.readOnly", "users.title", "inbox.title", "resetPassword.hint"])
    expect(html, other).not.toContain(JSON.stringify(text(en, other)).slice(1, -1));
});

test("the switch changes every staff page, is audited and is remembered across sign-out and sign-in", async ({
  browser,
}) => {
  test.slow(); // a dozen pages, each checked by axe
  const email = await staffAccount("editor", ["tianfu"]);
  // A Chinese name: the header shows it, and "E2E editor" would read as English UI text.
  await query(`UPDATE "StaffUser" SET name = '测试编辑' WHERE email = $1`, [email]);
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signInOverHttp(page.request, email);
  await page.goto("/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: text(en, "language.switchTo") }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(zh, "home"));
  const [account] = await query<{ id: string; locale: string }>(
    `SELECT id, locale FROM "StaffUser" WHERE email = $1`,
    [email],
  );
  expect(account!.locale).toBe("zh");
  const audit = await query<{ changes: unknown }>(
    `SELECT changes FROM "AuditEntry" WHERE "actorId" = $1 AND entity = 'StaffUser' AND "entityId" = $1`,
    [account!.id],
  );
  expect(audit.map((a) => a.changes)).toContainEqual({ locale: { from: null, to: "zh" } });

  // An English e-mail to an investor that could not be sent: the outbox shows its English subject
  // and the SMTP server's English error as what they are, not as untranslated UI.
  const [tianfuPark] = await query<{ slug: string }>(
    `SELECT p.slug FROM "Park" p JOIN "Area" a ON a.id = p."areaId"
     WHERE a.slug = 'tianfu' AND p.status = 'published' ORDER BY p.slug LIMIT 1`,
  );
  const investor = `language.${Date.now().toString(36)}@example.com`;
  await enquire(page.request, {
    email: investor,
    parks: [tianfuPark!.slug],
    message: "Which incentives apply to a drive-train plant?",
  });
  await query(`UPDATE "OutboxEmail" SET status = 'failed', "lastError" = 'mailbox full' WHERE "to" = $1`, [
    investor,
  ]);

  const [park] = await query<{ slug: string }>(`SELECT slug FROM "Park" ORDER BY slug LIMIT 1`);
  for (const path of [...editorListPages, `/admin/parks/${park!.slug}`, "/admin/parks/new"]) {
    await page.goto(path);
    await expectChineseStaffPage(page, path);
  }

  // Signing out keeps the language on this browser's login page …
  await page.getByRole("button", { name: text(zh, "signOut") }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(zh, "login.title"));
  await context.close();
  // … and the account keeps it on another browser that asks for English.
  const elsewhere = await browser.newContext({ locale: "en-US" });
  const other = await elsewhere.newPage();
  await signInOverHttp(other.request, email);
  await other.goto("/admin");
  await expect(other.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(text(zh, "home"));
  await other.getByRole("button", { name: text(zh, "language.switchTo") }).click();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(text(en, "home"));
  await elsewhere.close();
});

test("the switch works without JavaScript", async ({ browser }) => {
  const email = await staffAccount("viewer", []);
  const signIn = await browser.newContext();
  await signInOverHttp(signIn.request, email);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signIn.storageState(),
  });
  const page = await context.newPage();
  await page.goto("/admin/parks");
  await page.getByRole("button", { name: text(en, "language.switchTo") }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(zh, "content.lists.park"));
  const [account] = await query<{ locale: string }>(`SELECT locale FROM "StaffUser" WHERE email = $1`, [
    email,
  ]);
  expect(account!.locale).toBe("zh");
});

test("a viewer is told the role is read-only, an editor of the other area that the area is", async ({
  browser,
}) => {
  const tianfuPark = "tianfu-bonded-logistics-center";
  const cases = [
    [await staffAccount("viewer", ["tianfu"]), "content.readOnlyRole", "content.readOnly"],
    [await staffAccount("editor", ["liangjiang"]), "content.readOnly", "content.readOnlyRole"],
  ] as const;
  for (const [email, shown, notShown] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInOverHttp(page.request, email);
    const [figure] = await query<{ id: string }>(
      `SELECT f.id FROM "Figure" f JOIN "Area" a ON a.id = f."areaId" WHERE a.slug = 'tianfu' LIMIT 1`,
    );
    for (const path of [`/admin/parks/${tianfuPark}`, `/admin/figures/${figure!.id}`]) {
      await page.goto(path);
      await expect(page.getByText(text(en, shown)), `${email} ${path}`).toBeVisible();
      await expect(page.getByText(text(en, notShown))).toHaveCount(0);
    }
    await context.close();
  }
});
