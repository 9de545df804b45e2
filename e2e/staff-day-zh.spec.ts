import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { openPreview, publishedProjectCopy } from "./support/content-drafts";
import { en, expectChineseStaffPage, text, zh } from "./support/staff-chinese";
import { signInOverHttp } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// Issue 10, "Done when": editors of each area and an administrator walk their day in Chinese.
// Each chooses 中文 with the staff header's switch; every staff page they reach is checked for
// Chinese UI text and by axe.
test.describe.configure({ timeout: 180_000 });

const t = (path: string) => text(zh, path);
const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
async function bilingual(page: Page, name: string, english: string, chinese: string) {
  await group(page, name).getByLabel(t("content.english"), { exact: true }).fill(english);
  await group(page, name).getByLabel(t("content.chinese"), { exact: true }).fill(chinese);
}

/**
 * A new staff account (`role`, `areas`, a Chinese name) signed in through the form on a browser
 * that asks for English, and switched to Chinese there; answers its page on the overview.
 */
async function staffInChinese(browser: Browser, role: "editor" | "admin", areas: string[], name: string) {
  const email = await staffAccount(role, areas);
  await query(`UPDATE "StaffUser" SET name = $2 WHERE email = $1`, [email, name]);
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInOverHttp(page.request, email);
  await page.goto("/admin");
  await page.getByRole("button", { name: text(en, "language.switchTo") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home"));
  await expectChineseStaffPage(page, "/admin");
  return page;
}

/** The public page at `path` answers 200 and is axe-clean. */
async function publicPage(page: Page, path: string) {
  expect((await page.goto(path))?.status(), path).toBe(200);
  await expectNoAxeViolations(page);
}

test("the Tianfu editor creates a park with contact, transport and a policy, in Chinese", async ({
  browser,
}) => {
  const slug = `e2e-day-park-${Date.now()}`;
  const page = await staffInChinese(browser, "editor", ["tianfu"], "天府编辑");
  await page.goto("/admin/parks");
  await expectChineseStaffPage(page, "/admin/parks");
  await page.getByRole("link", { name: t("content.new.park") }).click();
  await expect(page).toHaveURL(/\/admin\/parks\/new$/);
  await expectChineseStaffPage(page, "/admin/parks/new");
  await page.getByLabel(t("content.create.slug")).fill(slug);
  await bilingual(page, t("content.fields.name"), `Day Park ${slug}`, "天府日常园区");
  await page.getByLabel(t("content.fields.type"), { exact: true }).selectOption("logistics-hub");
  await page.getByRole("button", { name: t("content.create.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/parks/${slug}$`));
  await expectChineseStaffPage(page, "the new park's edit page");

  await bilingual(page, t("content.fields.summary"), "A logistics park.", "一个物流园区。");
  await bilingual(page, t("content.fields.description"), "Warehouses by the railway.", "铁路旁的仓库。");
  await bilingual(page, "铁路", "Tianfu freight station", "天府货运站");
  await page.locator("#transport\\.rail\\.distanceKm").fill("3.5");
  await bilingual(page, t("content.fields.contactName"), "Investment office", "天府投资促进局");
  await page.getByLabel(t("content.fields.contactPhone")).fill("+86 28 8765 4321");
  await page.getByLabel(t("content.fields.contactEmail")).fill("day.invest@example.cn");
  await page.getByLabel(t("content.fields.contactWechat")).fill("tianfu_day_invest");
  await bilingual(page, t("content.fields.contactHours"), "Mon–Fri 9:00–17:00", "周一至周五 9:00–17:00");
  // A seed policy by name: other journeys add draft policies to the same list, which public pages omit.
  await group(page, t("content.fields.policies"))
    .getByRole("checkbox", { name: /“关银一Ke/ })
    .check();
  await page.getByRole("button", { name: t("content.publish") }).click();
  await expect(page.getByRole("status")).toHaveText(t("content.outcome.publish"));
  await expectChineseStaffPage(page, "the published park's edit page");

  // The policy chosen applies to Tianfu (alone or shared with Liangjiang); the park links it alone.
  const linked = await query<{ slug: string; title: string; areas: string[] }>(
    `SELECT x.slug, x.title->>'zh' AS title, array_agg(a.slug) AS areas
     FROM "Policy" x JOIN "_ParkToPolicy" l ON l."B" = x.id JOIN "Park" p ON p.id = l."A"
     JOIN "_AreaToPolicy" pa ON pa."B" = x.id JOIN "Area" a ON a.id = pa."A"
     WHERE p.slug = $1 GROUP BY x.id`,
    [slug],
  );
  expect(linked).toHaveLength(1);
  expect(linked[0]!.areas).toContain("tianfu");

  await publicPage(page, `/zh/parks/${slug}`);
  await expect(page.getByRole("link", { name: "+86 28 8765 4321" })).toHaveAttribute(
    "href",
    "tel:+862887654321",
  );
  await expect(page.getByRole("link", { name: "day.invest@example.cn" })).toHaveAttribute(
    "href",
    "mailto:day.invest@example.cn",
  );
  for (const shown of [
    "天府日常园区",
    "天府投资促进局",
    "tianfu_day_invest",
    "周一至周五 9:00–17:00",
    "天府货运站",
    "3.5 公里",
  ])
    await expect(page.getByText(shown, { exact: false }).first(), shown).toBeVisible();
  // Exactly the policy chosen, not every policy of the area.
  const policies = page.getByRole("region", { name: "适用政策" }).getByRole("listitem").getByRole("link");
  await expect(policies).toHaveCount(1);
  await expect(policies).toHaveText(linked[0]!.title);
  await expect(policies).toHaveAttribute("href", `/zh/policies/${linked[0]!.slug}`);
});

test("the Liangjiang editor drafts a published project, previews an unsaved change and publishes, in Chinese", async ({
  browser,
}) => {
  const slug = await publishedProjectCopy("corning-display-technologies-guoyuan-bonded");
  const page = await staffInChinese(browser, "editor", ["liangjiang"], "两江编辑");
  await page.goto("/admin/projects");
  await expectChineseStaffPage(page, "/admin/projects");
  await page.goto(`/admin/projects/${slug}`);
  await expectChineseStaffPage(page, "the published project's edit page");
  await expect(page.getByRole("button", { name: t("content.save"), exact: true })).toHaveCount(0);

  const chineseSummary = group(page, t("content.fields.summary")).getByLabel(t("content.chinese"), {
    exact: true,
  });
  await chineseSummary.fill("草稿中的摘要。");
  await page.getByRole("button", { name: t("content.saveDraft") }).click();
  await expect(page.getByRole("status")).toHaveText(t("content.outcome.draft"));
  await expect(page.getByText(/两江编辑于.*（北京时间）保存的草稿/)).toBeVisible();
  await expectChineseStaffPage(page, "the edit page with its draft");

  const investor = await page.context().newPage();
  await publicPage(investor, `/zh/projects/${slug}`);
  await expect(investor.getByText("已发布的摘要。")).toBeVisible();

  // An unsaved change, previewed in a new tab; the form keeps it.
  await chineseSummary.fill("尚未保存的新摘要。");
  const preview = await openPreview(page, t("content.preview"));
  await expect(preview.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(preview.getByText(t("content.previewLabel"))).toBeVisible();
  await expect(preview.getByText("尚未保存的新摘要。")).toBeVisible();
  await expectNoAxeViolations(preview);
  await preview.close();
  await expect(chineseSummary).toHaveValue("尚未保存的新摘要。");
  await investor.reload();
  await expect(investor.getByText("已发布的摘要。")).toBeVisible();
  await expect(investor.getByText("尚未保存的新摘要。")).toHaveCount(0);

  await page.getByRole("button", { name: t("content.publishChanges") }).click();
  await expect(page.getByRole("status")).toHaveText(t("content.outcome.publish"));
  await expectChineseStaffPage(page, "the edit page after publishing");
  await investor.reload();
  await expect(investor.getByText("尚未保存的新摘要。")).toBeVisible();
  await expect(investor.getByText("已发布的摘要。")).toHaveCount(0);
  expect(
    await query(`SELECT 1 FROM "ContentDraft" d JOIN "Project" p ON p.id = d."recordId" WHERE p.slug = $1`, [
      slug,
    ]),
  ).toEqual([]);
});

test("the administrator answers and closes an investor's enquiry with a note, in Chinese", async ({
  browser,
}) => {
  // The investor writes through the public form, in Chinese.
  const email = `day.zh.${Date.now()}@example.de`;
  const investor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await investor.goto("/zh/enquiry?park=guoyuan-bonded-logistics-center");
  await investor.getByLabel("您的姓名").fill("王明");
  await investor.getByLabel("电子邮箱").fill(email);
  await investor.getByLabel("公司或机构").fill("Weber Ersatzteile GmbH");
  await investor.getByLabel("国家或地区").selectOption({ label: "德国" });
  await investor.getByLabel("计划投资额").selectOption({ label: "1000万至1亿美元" });
  await investor.getByLabel("咨询内容说明").fill("我们希望在重庆设立保税仓库，存放欧洲备件。");
  await investor.getByRole("checkbox", { name: /隐私声明/ }).check();
  await investor.getByRole("button", { name: "提交咨询" }).click();
  await expect(investor.getByRole("heading", { level: 1 })).toHaveText("感谢您的咨询，我们已收到");
  const reference = (await investor.getByTestId("reference").textContent())!;

  const page = await staffInChinese(browser, "admin", ["tianfu", "liangjiang"], "测试管理员");
  await page.getByRole("link", { name: t("overviewLinks.inbox") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("inbox.title"));
  await page.getByLabel(t("inbox.filters.q")).fill(reference);
  await page.getByRole("button", { name: t("inbox.filters.submit") }).click();
  await expect(page.getByRole("status")).toHaveText("共 1 条咨询");
  await expectChineseStaffPage(page, "/admin/enquiries");

  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`咨询 ${reference}`);
  await expect(page.getByText("我们希望在重庆设立保税仓库，存放欧洲备件。")).toBeVisible();
  await expectChineseStaffPage(page, "the enquiry");

  const note = `已电话答复投资方，报价随后寄出。${Date.now()}`;
  await page.getByLabel(t("inbox.detail.newNote")).fill(note);
  await page.getByRole("button", { name: t("inbox.detail.addNote") }).click();
  await expect(page.getByText(note)).toBeVisible();
  const status = page.getByTestId("staff-status");
  for (const step of ["in-progress", "responded", "closed"]) {
    const name = t(`enquiryStatus.${step}`);
    await page.getByRole("button", { name: `设为“${name}”` }).click();
    await expect(status).toHaveText(name);
  }
  await expect(page.getByRole("button", { name: /^设为/ })).toHaveCount(0);
  await expectChineseStaffPage(page, "the closed enquiry");

  // The investor sees it closed, in Chinese, without the internal note.
  await investor.goto(`/zh/enquiry/status?ref=${reference}`);
  await investor.getByLabel("电子邮箱").fill(email);
  await investor.getByRole("button", { name: "查询进度" }).click();
  await expect(investor.getByTestId("current-status")).toHaveText("已关闭");
  await expect(investor.locator("body")).not.toContainText(note);
  const [stored] = await query<{ status: string }>(`SELECT status FROM "Enquiry" WHERE reference = $1`, [
    reference,
  ]);
  expect(stored!.status).toBe("closed");
});
