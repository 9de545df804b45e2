import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { signInAs, staffAccount } from "./staff-helpers";
import { editorListPages } from "./staff-routes";

// The staff side in Chinese and English: the language follows the staff member's choice (the
// switch in the staff header, stored on the account), and before sign-in this browser's choice or
// its Accept-Language.
const catalogue = (locale: "en" | "zh") =>
  (JSON.parse(readFileSync(`apps/web/messages/${locale}/admin.json`, "utf8")) as { admin: Messages }).admin;
type Messages = { [key: string]: string | Messages };
const en = catalogue("en");
const zh = catalogue("zh");
const text = (messages: Messages, path: string) =>
  path.split(".").reduce<string | Messages>((m, k) => (m as Messages)[k]!, messages) as string;

/**
 * The words of four or more Latin letters a reader sees on the page (and a screen reader hears),
 * outside what is marked as English (`lang="en"`: English content shown as a fallback, the
 * language switch's own label) and outside form values: on a Chinese page, UI text in English.
 * With `content: false`, also outside the row headings of tables (record names, which may hold
 * Latin words in their Chinese form: "成都Aoyun（音译）供应链").
 */
function englishWords(page: Page, { content = true } = {}) {
  return page.locator("body").evaluate((body, content) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest("script, style, template, [hidden]")) continue;
      if (parent.closest("[lang]")?.getAttribute("lang")?.startsWith("en")) continue;
      if (!content && parent.closest('th[scope="row"]')) continue;
      words.push(...(node.textContent!.match(/[A-Za-z]{4,}/g) ?? []));
    }
    for (const element of body.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
      if (element.closest("[lang]")?.getAttribute("lang")?.startsWith("en")) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"])
        words.push(...(element.getAttribute(name)?.match(/[A-Za-z]{4,}/g) ?? []));
    }
    return [...new Set(words)];
  }, content);
}

/** Words of the English staff catalogue that its Chinese twin does not use: English UI text. */
const words = (messages: Messages): string[] =>
  Object.values(messages).flatMap((v) =>
    typeof v === "string" ? (v.match(/[A-Za-z]{4,}/g) ?? []) : words(v),
  );
const zhWords = new Set(words(zh));
const catalogueOnlyEnglish = new Set(words(en).filter((word) => !zhWords.has(word)));

/**
 * Latin words of content and data, which a Chinese page shows as they are: staff names and e-mail
 * addresses, enquiries, sources, and the Chinese values of every record's texts ("成都Aoyun（音译）
 * 供应链"). Read afresh for each page, since journeys running alongside add records.
 */
async function contentWords() {
  const zhTexts = (table: string) =>
    `SELECT jsonb_path_query(to_jsonb(t), 'strict $.**.zh') #>> '{}' FROM "${table}" t`;
  const [row] = await query<{ text: string }>(
    `SELECT string_agg(v, ' ') AS text FROM (
       SELECT concat_ws(' ', name, email) AS v FROM "StaffUser"
       UNION ALL SELECT concat_ws(' ', reference, name, email, company, message) FROM "Enquiry"
       UNION ALL SELECT to_jsonb(s)::text FROM "Source" s
       ${["Area", "Park", "Project", "Policy", "NewsItem", "Figure", "Industry", "Image"]
         .map((table) => `UNION ALL ${zhTexts(table)}`)
         .join(" ")}
     ) x`,
  );
  return new Set(row!.text.match(/[A-Za-z]{4,}/g));
}
// File formats, named the same in Chinese.
const sameInChinese = new Set(["JPEG", "WebP"]);
/** English UI text on a Chinese page: words of the English catalogue, and any Latin word but content's. */
async function uiEnglish(page: Page) {
  const seen = [
    ...(await englishWords(page)).filter((word) => catalogueOnlyEnglish.has(word)),
    ...(await englishWords(page, { content: false })).filter((word) => !/^[a-z]+$/.test(word)),
  ];
  const content = await contentWords();
  return seen.filter((word) => !sameInChinese.has(word) && !content.has(word));
}

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
  await signInAs(page, email);
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

  const [park] = await query<{ slug: string }>(`SELECT slug FROM "Park" ORDER BY slug LIMIT 1`);
  for (const path of [...editorListPages, `/admin/parks/${park!.slug}`, "/admin/parks/new"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("navigation", { name: text(zh, "nav") })).toBeVisible();
    expect(await uiEnglish(page), path).toEqual([]);
    await expectNoAxeViolations(page);
  }

  // Signing out keeps the language on this browser's login page …
  await page.getByRole("button", { name: text(zh, "signOut") }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(zh, "login.title"));
  await context.close();
  // … and the account keeps it on another browser that asks for English.
  const elsewhere = await browser.newContext({ locale: "en-US" });
  const other = await elsewhere.newPage();
  await signInAs(other, email);
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
  await signInAs(await signIn.newPage(), email);
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
    await signInAs(page, email);
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
