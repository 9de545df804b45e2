import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { enquire } from "./support/enquire";
import { loadDemoSession } from "./support/staff-session";
import { projectCopy } from "./support/test-data";

// Issue 10, "Readable records for people": the audit log and the enquiries speak in names,
// labels and China time; investors hear when their enquiry is answered or closed.
test.describe.configure({ timeout: 120_000 });

const run = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const chinaDay = (date: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", dateStyle: "short" }).format(date);
const useChinese = (page: Page) =>
  page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh", url: page.url() }]);

/** An enquiry about a Liangjiang park with every field the detail page labels, in Chinese. */
const enquireFully = (request: APIRequestContext, overrides: Record<string, unknown> = {}) =>
  enquire(request, {
    phone: "+49 30 1234567",
    company: `Records ${run} GmbH`,
    industry: "automobile",
    sizeBand: "10m-100m",
    parks: ["guoyuan-bonded-logistics-center"],
    message: "We look for a bonded warehouse for spare parts in Chongqing.",
    language: "zh",
    ...overrides,
  });

test("the audit log names the record, labels the field, shows human values and filters", async ({ page }) => {
  const slug = `e2e-records-${run}`;
  await projectCopy("tianqi-lithium-global-rd-center", {
    slug,
    name: { en: `Audit journey ${slug}`, zh: `审计测试 ${slug}` },
    stage: "signed",
    status: "draft",
  });
  await loadDemoSession(page, "admin");
  await page.goto(`/admin/projects/${slug}`);
  await page.getByLabel("Stage").selectOption("under-construction");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto("/admin/audit");
  const row = page
    .getByRole("row")
    .filter({ hasText: `Audit journey ${slug}` })
    .first();
  await expect(row).toContainText("Changed");
  await expect(row).toContainText("Project");
  await expect(row).toContainText("Stage: Signed → Under construction");
  await expect(row).not.toContainText("under-construction");
  await expect(row).not.toContainText(/\be2e[0-9a-f]{32}\b/); // the record's id
  await expect(row).toContainText("China Standard Time");
  await expect(row.getByRole("link", { name: `Audit journey ${slug}`, exact: true })).toHaveAttribute(
    "href",
    `/admin/projects/${slug}`,
  );
  await expectNoAxeViolations(page);

  // Filter by record: its whole history, and nothing else.
  await row.getByRole("link", { name: `History of Audit journey ${slug}` }).click();
  await expect(page.getByText(`The history of Audit journey ${slug}.`)).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("1 entry");

  // By person and by China day: today finds it, the days before do not.
  const today = chinaDay(new Date());
  const yesterday = chinaDay(new Date(Date.now() - 86_400_000));
  await page.getByLabel("Who").selectOption({ label: "Demo Administrator <admin@inland-gateway.test>" });
  await page.getByLabel("From").fill(today);
  await page.getByLabel("Until").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("1 entry");
  await page.getByLabel("From").fill("2026-01-01");
  await page.getByLabel("Until").fill(yesterday);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("0 entries");

  // The same entry in Chinese: labels and values in Chinese too.
  await useChinese(page);
  await page.goto(`/admin/audit?entity=Project&record=${page.url().match(/record=([^&]+)/)![1]}`);
  const zhRow = page
    .getByRole("row")
    .filter({ hasText: `审计测试 ${slug}` })
    .first();
  await expect(zhRow).toContainText("阶段：已签约 → 在建");
  await expect(zhRow).toContainText("中国标准时间");
  await expectNoAxeViolations(page);
});

test("enquiry detail and CSV show labels, names and China time with the zone", async ({ page, request }) => {
  const reference = await enquireFully(request);
  // Received on 30 November 2026 at 07:30 China time, which is 23:30 UTC on the 29th.
  await query(`UPDATE "Enquiry" SET "createdAt" = '2026-11-29 23:30:00' WHERE reference = $1`, [reference]);
  await loadDemoSession(page, "editor.liangjiang");
  await page.goto(`/admin/enquiries/${reference}`);
  const details = page.locator("dl");
  await expect(details).toContainText("Nov 30, 2026, 07:30 China Standard Time");
  await expect(details).toContainText("Automobile");
  await expect(details).toContainText("US$10–100 million");
  await expect(details).toContainText("Germany");
  await expect(details).toContainText("中文 (Chinese)");
  await expect(details).toContainText("+49 30 1234567");
  for (const code of ["automobile", "10m-100m", /\bzh\b/, /\bDE\b/])
    await expect(details).not.toContainText(code);
  await expect(page.getByRole("link", { name: "Guoyuan Bonded Logistics Center (B-type)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/admin/enquiries?q=${reference}`);
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText(
    "Nov 30, 2026, 07:30 China Standard Time",
  );
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`enquiries-${chinaDay(new Date())}.csv`);
  const csv = await readFile((await file.path())!, "utf8");
  const [header, line] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(header).toContain("Received (China Standard Time)");
  for (const value of [
    "2026-11-30T07:30:00+08:00",
    "New",
    "Germany",
    "Automobile",
    "US$10–100 million",
    "中文 (Chinese)",
    "+49 30 1234567",
    "Liangjiang New Area",
    "Guoyuan Bonded Logistics Center (B-type)",
  ])
    expect(line).toContain(value);
  expect(line).not.toMatch(/,(DE|automobile|10m-100m|zh|new|liangjiang),/);

  // In Chinese, the labels are Chinese.
  await useChinese(page);
  await page.goto(`/admin/enquiries/${reference}`);
  await expect(page.locator("dl")).toContainText("2026年11月30日 中国标准时间 07:30");
  await expect(page.locator("dl")).toContainText("汽车");
  await expect(page.locator("dl")).toContainText("德国");
  await expectNoAxeViolations(page);
});

test("answering and closing e-mail the investor in their language; a closed enquiry reopens", async ({
  page,
  request,
}) => {
  const reference = await enquireFully(request, { language: "zh" });
  await loadDemoSession(page, "editor.liangjiang");
  await page.goto(`/admin/enquiries/${reference}`);
  const status = page.getByTestId("staff-status");
  const mails = () =>
    query<{ subject: string; language: string; text: string }>(
      `SELECT o.subject, o.language, o.text FROM "OutboxEmail" o JOIN "Enquiry" e ON e.id = o."enquiryId"
       WHERE e.reference = $1 AND o."to" = e.email ORDER BY o."createdAt"`,
      [reference],
    );
  await page.getByRole("button", { name: "Set to “In progress”" }).click();
  await expect(status).toHaveText("In progress");
  expect(await mails()).toHaveLength(1); // only the confirmation of receipt

  await page.getByRole("button", { name: "Set to “Responded”" }).click();
  await expect(status).toHaveText("Responded");
  await expect.poll(async () => (await mails()).length).toBe(2);
  expect((await mails())[1]).toMatchObject({ language: "zh", subject: `您的咨询已得到答复（${reference}）` });
  expect((await mails())[1]!.text).toContain(`/zh/enquiry/status?ref=${reference}`);

  await page.getByRole("button", { name: "Set to “Closed”" }).click();
  await expect(status).toHaveText("Closed");
  await expect.poll(async () => (await mails()).length).toBe(3);
  expect((await mails())[2]).toMatchObject({ language: "zh", subject: `您的咨询已办结（${reference}）` });

  await page.getByRole("button", { name: "Reopen" }).click();
  await expect(status).toHaveText("In progress");
  expect(await mails()).toHaveLength(3);
  const [audit] = await query<{ changes: unknown }>(
    `SELECT a.changes FROM "AuditEntry" a JOIN "Enquiry" e ON e.id = a."entityId"
     WHERE e.reference = $1 AND a.entity = 'Enquiry' ORDER BY a."createdAt" DESC LIMIT 1`,
    [reference],
  );
  expect(audit!.changes).toEqual({ status: { from: "closed", to: "in-progress" } });
  await expectNoAxeViolations(page);

  // The investor, in a browser set to New York time, reads the timeline in China time, zone named.
  const [row] = await query<{ email: string }>(`SELECT email FROM "Enquiry" WHERE reference = $1`, [
    reference,
  ]);
  const investor = await page.context().browser()!.newContext({ timezoneId: "America/New_York" });
  const investorPage = await investor.newPage();
  await investorPage.goto(`/zh/enquiry/status?ref=${reference}`);
  await investorPage.getByLabel("电子邮箱").fill(row!.email);
  await investorPage.getByRole("button", { name: "查询进度" }).click();
  const history = investorPage.getByRole("region", { name: reference }).getByRole("listitem");
  await expect(history).toHaveCount(5);
  const chinaNow = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long" }).format(
    new Date(),
  );
  for (const item of await history.all()) await expect(item).toContainText(`${chinaNow} 中国标准时间`);
  await investor.close();
});

test("an enquiry untouched for two working days is marked overdue and can be filtered", async ({
  page,
  request,
}) => {
  const company = `Overdue ${run} GmbH`;
  const old = await enquireFully(request, { company, language: "en" });
  const fresh = await enquireFully(request, { company, language: "en" });
  // Ten days ago holds at least two working days, whatever today is.
  await query(
    `UPDATE "Enquiry" SET "createdAt" = now() - interval '10 days', "updatedAt" = now() - interval '10 days'
     WHERE reference = $1`,
    [old],
  );
  await loadDemoSession(page, "editor.liangjiang");
  await page.goto(`/admin/enquiries?q=${encodeURIComponent(company)}`);
  await expect(page.getByRole("row").filter({ hasText: old }).getByTestId("overdue")).toHaveText("Overdue");
  await expect(page.getByRole("row").filter({ hasText: fresh }).getByTestId("overdue")).toHaveCount(0);
  await page.getByLabel("Only overdue").check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByRole("status")).toHaveText("1 enquiry");
  await expect(page.getByRole("row").filter({ hasText: old })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: old }).click();
  await expect(page.getByTestId("overdue")).toBeVisible();
  // Handling it (a note) takes it off the overdue list.
  await page.getByLabel("New note").fill("Called the investor back.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Called the investor back.")).toBeVisible();
  await page.goto(`/admin/enquiries?q=${encodeURIComponent(company)}&overdue=1`);
  await expect(page.getByRole("status")).toHaveText("No enquiries match.");
});
