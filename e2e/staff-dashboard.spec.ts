import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInOverHttp } from "./support/staff-session";
import { enquiryFor, factories, staffAccount } from "./support/test-data";

// The dashboard of an editor of an area of this test's own, so every number is known.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const charts = ["chart-weekly", "chart-status", "chart-industry", "chart-country"];

async function areaWithEnquiries() {
  const { createArea, db } = await factories();
  const area = `dash-${run}`;
  await createArea(db, {
    slug: area,
    name: { en: "Dash Area", zh: "看板新区" },
    summary: { en: "-", zh: "-" },
    description: { en: "-", zh: "-" },
  });
  const enquiries: [string, string, number][] = [
    ["DE", "new", 0],
    ["DE", "new", 0],
    ["FR", "closed", 14],
  ];
  for (const [country, status, daysAgo] of enquiries)
    await enquiryFor([area], { country, status, createdAt: new Date(Date.now() - daysAgo * 86_400_000) });
  return staffAccount("editor", [area]);
}

/** The chart's printed values and its table's, which must be the same numbers. */
async function chartAndTable(page: Page, id: string) {
  const printed = await page.locator(`svg[data-chart="${id}"] [data-value]`).allTextContents();
  const rows = page.locator(`table[data-table="${id}"] tbody tr`);
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("th")!.textContent!, tr.querySelector("td")!.textContent!]),
  );
  expect(printed, id).toEqual(table.map(([, value]) => value));
  return Object.fromEntries(table);
}

test("the dashboard charts an editor's enquiries, with the same numbers as tables, in English and Chinese", async ({
  page,
  context,
}) => {
  await signInOverHttp(page.request, await areaWithEnquiries());
  await page.goto("/admin");

  await expect(page.getByRole("heading", { name: "Enquiries of your areas" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Enquiries per week, last 26 weeks" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Enquiries by status" })).toBeVisible();
  const weekly = await chartAndTable(page, "chart-weekly");
  expect(Object.keys(weekly)).toHaveLength(26);
  expect(Object.values(weekly).reduce((sum: number, n) => sum + Number(n), 0)).toBe(3);
  expect(Object.values(weekly).at(-1)).toBe("2");
  expect(await chartAndTable(page, "chart-status")).toMatchObject({ New: "2", Closed: "1", Spam: "0" });
  expect(await chartAndTable(page, "chart-industry")).toEqual({ "Not given": "3" });
  expect(await chartAndTable(page, "chart-country")).toEqual({ Germany: "2", France: "1" });
  await page.getByText("Show the numbers as a table").first().click();
  await expect(page.locator('table[data-table="chart-weekly"]')).toBeVisible();
  await expectNoAxeViolations(page);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("img", { name: "每周咨询数量（近26周）" })).toBeVisible();
  expect(await chartAndTable(page, "chart-country")).toEqual({ 德国: "2", 法国: "1" });
  expect(await chartAndTable(page, "chart-status")).toMatchObject({ 新咨询: "2" });
  for (const id of charts) await chartAndTable(page, id);
  await expectNoAxeViolations(page);
});
