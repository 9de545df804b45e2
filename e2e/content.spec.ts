import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { loadDemoSession } from "./support/staff-session";

// Issue 11's naming and content: PRC names of regions, dated events, the printable park fact sheet.

test("the enquiry form names Taiwan, Hong Kong and Macao by PRC convention in both languages", async ({
  page,
}) => {
  for (const [locale, names, absent] of [
    ["en", ["Taiwan, China", "Hong Kong SAR, China", "Macao SAR, China"], /^(Taiwan|Hong Kong SAR China)$/],
    ["zh", ["中国台湾", "中国香港特别行政区", "中国澳门特别行政区"], /^台湾$/],
  ] as const) {
    await page.goto(`/${locale}/enquiry`);
    const options = await page
      .locator("select#country option, select[name=country] option")
      .allTextContents();
    for (const name of names) expect(options).toContain(name);
    expect(options.filter((option) => absent.test(option))).toEqual([]);
  }
});

test("news lists the events of the source texts, dated and placed, past ones kept as records", async ({
  page,
}) => {
  await page.goto("/en/news");
  await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
  await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: "Events" }).click();
  await expect(page).toHaveURL(/\/en\/news\?type=events$/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ past events$/);
  const conference = page.getByRole("listitem").filter({ hasText: "third joint conference" });
  await expect(conference).toContainText("Conference");
  await expect(conference).toContainText("April 29, 2021");
  await expect(conference).toContainText("Tianfu New Area, Sichuan");
  await expect(conference).toContainText("Past event");
  // A two-day forum shows both days.
  await expect(page.getByRole("listitem").filter({ hasText: "Guiyang" })).toContainText(
    "July 5, 2021 – July 6, 2021",
  );
  await expectNoAxeViolations(page);

  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: "News", exact: true })
    .click();
  await expect(page.getByRole("main")).not.toContainText("Past event");

  await page.goto("/zh/news?type=events");
  const zhConference = page.getByRole("listitem").filter({ hasText: "第三次联席会议" });
  await expect(zhConference).toContainText("会议");
  await expect(zhConference).toContainText("2021年4月29日");
  await expect(zhConference).toContainText("四川天府新区");
  await expect(zhConference).toContainText("往期活动");
  await expectNoAxeViolations(page);
  await zhConference.getByRole("link").click();
  await expect(page.getByRole("region", { name: "活动信息" })).toContainText("地点：四川天府新区");
  await expectNoAxeViolations(page);
});

/** The number of pages of a PDF that Chromium wrote (its page objects are not compressed). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

async function expectFactSheet(page: Page, facts: RegExp[]) {
  await page.emulateMedia({ media: "print" });
  for (const hidden of [
    page.getByRole("navigation"),
    page.getByRole("button"),
    page.getByRole("banner"),
    page.getByRole("contentinfo"),
  ]) {
    for (const element of await hidden.all()) await expect(element).toBeHidden();
  }
  const main = page.getByRole("main");
  for (const fact of facts) await expect(main).toContainText(fact);
  await expect(main.getByRole("img", { name: /Map|地图/ })).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  // A4 is 595 × 842 PostScript points.
  expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
  await page.emulateMedia({ media: "screen" });
}

test("a park page prints as a one- or two-page A4 fact sheet in the visitor's language", async ({ page }) => {
  await page.goto("/en/parks/guoyuan-port-international-logistics-hub");
  await expect(page.getByRole("button", { name: "Fact sheet: print or save as PDF" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFactSheet(page, [
    /Fact sheet/,
    /Key figures/,
    /3\.238 million tonnes|3,238,000/,
    /Source: /,
    /Industries/,
    /Transport links/,
    /Contact/,
    /Policies that apply/,
    /China-Europe Railway Express/,
  ]);

  await page.goto("/zh/parks/tianfu-bonded-logistics-center");
  await expectFactSheet(page, [
    /园区资料页/,
    /主要数据/,
    /18\.66亿/,
    /来源/,
    /产业方向/,
    /交通条件/,
    /联系方式/,
  ]);

  // A Liangjiang park with several policies and figures still fits.
  await page.goto("/en/parks/chongqing-pilot-ftz-liangjiang-area");
  await expectFactSheet(page, [/Fact sheet/, /Key figures/, /Market players/, /Customs-Bank One-Key Pass/]);
});

test("an editor turns a news item into a dated event; a half-filled event is refused and saves nothing", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const slug = `e2e-trade-fair-${Date.now()}`;
  const title = `Trade fair ${slug}`;
  await loadDemoSession(page, "editor.tianfu");
  await page.goto("/admin/news/new");
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Sichuan Tianfu New Area").check();
  await page.getByRole("group", { name: "Title" }).getByLabel("English").fill(title);
  await page.getByRole("group", { name: "Title" }).getByLabel("Chinese").fill("天府博览会");
  await page.getByLabel("Date", { exact: true }).fill("2026-11-30");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/news/${slug}$`));

  await page.getByRole("group", { name: "Summary" }).getByLabel("English").fill("A fair in Tianfu.");
  await page.getByRole("group", { name: "Text" }).getByLabel("English").fill("Exhibitors from 20 countries.");
  // A kind without its days and place is refused, field by field, and nothing is written.
  await page.getByLabel("Event (“None” for plain news)").selectOption("fair");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("Nothing was saved: some fields need attention.")).toBeVisible();
  expect((await page.goto(`/en/news/${slug}`))?.status()).toBe(404);
  await page.goto(`/admin/news/${slug}`);

  await page.getByRole("group", { name: "Summary" }).getByLabel("English").fill("A fair in Tianfu.");
  await page.getByRole("group", { name: "Text" }).getByLabel("English").fill("Exhibitors from 20 countries.");
  await page.getByLabel("Event (“None” for plain news)").selectOption("fair");
  await page.getByLabel("Event starts on").fill("2099-04-10");
  await page.getByLabel("Event ends on (events of several days)").fill("2099-04-12");
  await page
    .getByRole("group", { name: "Event place" })
    .getByLabel("English")
    .fill("Tianfu International Expo Center");
  await page.getByRole("group", { name: "Event place" }).getByLabel("Chinese").fill("天府国际会展中心");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");

  // Upcoming: above the list, soonest first, in both languages.
  await page.goto("/en/news?type=events");
  const upcoming = page.getByRole("region", { name: "Upcoming events" });
  await expect(upcoming.getByRole("listitem").filter({ hasText: title })).toContainText(
    "April 10, 2099 – April 12, 2099",
  );
  await expect(upcoming).toContainText("Tianfu International Expo Center");
  await expect(upcoming).toContainText("Upcoming");
  await page.goto(`/zh/news/${slug}`);
  await expect(page.getByRole("region", { name: "活动信息" })).toContainText("天府国际会展中心");
  await expect(page.getByRole("region", { name: "活动信息" })).toContainText("即将举行");
});
