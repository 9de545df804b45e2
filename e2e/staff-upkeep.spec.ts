import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { loadDemoSession, signInOverHttp } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// Keeping content current: the staleness view, "Mark verified", figure editing, missing
// translations and industries, by keyboard, accessible in English and Chinese.
test.describe.configure({ timeout: 120_000 });

/**
 * A published figure of a published Tianfu park that no other journey looks at, made the
 * oldest-verified record (so it heads the staleness view), with its park's slug. Different
 * figures for different tests.
 */
async function staleTianfuFigure(offset: number) {
  const [figure] = await query<{ id: string; slug: string }>(
    `SELECT f.id, p.slug FROM "Figure" f JOIN "Park" p ON p.id = f."parkId" JOIN "Area" a ON a.id = p."areaId"
     WHERE a.slug = 'tianfu' AND p.status = 'published' AND f.status = 'published'
       AND p.slug NOT IN ('tianfu-bonded-logistics-center', 'western-china-chengdu-science-city')
     ORDER BY f.id OFFSET $1 LIMIT 1`,
    [offset],
  );
  await query(`UPDATE "Figure" SET "lastVerifiedAt" = '2001-01-01' WHERE id = $1`, [figure!.id]);
  return figure!;
}

test("an editor marks a stale figure verified and corrects its value; the public park page follows", async ({
  page,
}) => {
  const figure = await staleTianfuFigure(0);
  // A Tianfu editor of this test alone: journeys running alongside use the demo accounts.
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
  await page.goto("/admin");
  await page.getByRole("link", { name: "Not verified for 12 months" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not verified for 12 months");
  await expectNoAxeViolations(page);
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/admin/figures/${figure.id}"]`) });
  await expect(row.getByRole("cell", { name: "Figure", exact: true })).toBeVisible();
  // By keyboard: focus the row's button and press Enter.
  await row.getByRole("button", { name: /^Mark verified/ }).focus();
  await page.keyboard.press("Enter");
  // The action re-renders the staff pages: give a busy test machine time.
  await expect(row).toHaveCount(0, { timeout: 20_000 });
  const [verified] = await query<{ at: Date }>(`SELECT "lastVerifiedAt" AS at FROM "Figure" WHERE id = $1`, [
    figure.id,
  ]);
  expect(Date.now() - verified!.at.getTime()).toBeLessThan(120_000);
  const [audit] = await query<{ changes: { lastVerifiedAt: { from: string } } }>(
    `SELECT changes FROM "AuditEntry" WHERE entity = 'Figure' AND "entityId" = $1 AND action = 'verify'`,
    [figure.id],
  );
  expect(audit!.changes.lastVerifiedAt.from).toBe("2001-01-01T00:00:00.000Z");

  await page.goto(`/admin/figures/${figure.id}`);
  await expectNoAxeViolations(page);
  const value = (10 + Math.floor(Math.random() * 8000) / 100).toFixed(2);
  await page.getByLabel("Unit").selectOption("percent");
  await page.getByLabel("Qualifier").selectOption("");
  await page.getByLabel("Value").fill(value);
  await page.getByLabel("Value").press("Enter");
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.goto(`/en/parks/${figure.slug}`);
  await expect(page.getByText(`${Number(value)}%`, { exact: true })).toBeVisible();
});

test("a stale figure save shows the other person's values next to yours and saves nothing", async ({
  page,
}) => {
  const figure = await staleTianfuFigure(1);
  // A Tianfu editor of this test alone: journeys running alongside use the demo accounts.
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
  await page.goto(`/admin/figures/${figure.id}`);
  // Someone else saves in between.
  await query(`UPDATE "Figure" SET value = 4321, version = version + 1 WHERE id = $1`, [figure.id]);
  await page.getByLabel("Value").fill("1234");
  await page.getByRole("button", { name: "Save" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(conflict.getByRole("row", { name: /Value 4321 1234/ })).toBeVisible();
  await expect(page.getByLabel("Value")).toHaveValue("1234");
  const [row] = await query<{ value: number }>(`SELECT value FROM "Figure" WHERE id = $1`, [figure.id]);
  expect(row!.value).toBe(4321);
});

// One test per language, so that the two sweeps run side by side.
for (const locale of ["en", "zh"] as const) {
  test(`the upkeep pages are accessible in ${locale}`, async ({ page, context }) => {
    const [industry] = await query<{ slug: string }>(`SELECT slug FROM "Industry" ORDER BY slug LIMIT 1`);
    const [figure] = await query<{ id: string }>(`SELECT id FROM "Figure" ORDER BY id LIMIT 1`);
    await loadDemoSession(page, "admin");
    const pages = [
      ["/admin/figures", "Figures", "数据指标"],
      [`/admin/figures/${figure!.id}`, /^Edit figure: /, /^编辑指标：/],
      ["/admin/stale", "Not verified for 12 months", "12 个月未核实的内容"],
      ["/admin/translations", "Missing translations", "缺少译文"],
      ["/admin/industries", "Industries", "产业"],
      [`/admin/industries/${industry!.slug}`, /^Edit industry: /, /^编辑产业：/],
    ] as const;
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
    for (const [path, en, zh] of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(locale === "en" ? en : zh);
      await expectNoAxeViolations(page);
    }
  });
}

test("the figure filters work without JavaScript, by keyboard", async ({ page }) => {
  await loadDemoSession(page, "admin");
  // Choose a park, press Enter on "Show".
  await page.goto("/admin/figures");
  const park = page.getByLabel("Park", { exact: true });
  await park.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Show" }).press("Enter");
  await expect(page).toHaveURL(/park=/);
  await expect(page.getByRole("row")).not.toHaveCount(1);
});
