import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { enquire } from "./support/enquire";
import { loadDemoSession } from "./support/staff-session";

// Journey 6: staff handle an enquiry from the inbox; the investor follows its status.
const email = `inbox.${Date.now()}.${Math.random().toString(36).slice(2)}@example.de`;
const note = `Internal: call back about customs pricing ${Date.now()}`;

test("an editor assigns, notes, answers and closes an enquiry; the investor sees the status", async ({
  page,
  request,
  context,
}) => {
  const reference = await enquire(request, {
    name: "Jonas Weber",
    email,
    company: "Weber Ersatzteile GmbH",
    sizeBand: "10m-100m",
    parks: ["guoyuan-bonded-logistics-center"],
    message: "We want a bonded warehouse for European spare parts in Chongqing.",
  });

  await loadDemoSession(page, "editor.liangjiang");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Enquiry inbox" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enquiries");
  await page.getByLabel(/^Search/).fill(reference);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("1 enquiry");
  await expectNoAxeViolations(page);

  // The export is the filtered list: UTF-8 with a byte-order mark, one row for this enquiry.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  expect(csv.startsWith("\uFEFFReference,Received (China Standard Time),Status,")).toBe(true);
  expect(csv.trim().split("\r\n")).toHaveLength(2);
  expect(csv).toContain(`${reference},`);
  expect(csv).toContain("Weber Ersatzteile GmbH");

  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Enquiry ${reference}`);
  await expect(
    page.getByText("We want a bonded warehouse for European spare parts in Chongqing."),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByRole("button", { name: "Assign to me" })).toHaveCount(0);
  await expect(page.getByLabel("Assign to")).toHaveValue(/.+/);
  await expect(page.locator("dl")).toContainText("Demo Editor (Liangjiang)");

  await page.getByLabel("New note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText(note)).toBeVisible();

  const status = page.getByTestId("staff-status");
  for (const [button, shown] of [
    ["In progress", "In progress"],
    ["Responded", "Responded"],
    ["Closed", "Closed"],
  ] as const) {
    await page.getByRole("button", { name: `Set to “${button}”` }).click();
    await expect(status).toHaveText(shown);
  }
  // Closed: the only way on is to reopen it.
  await expect(page.getByRole("button", { name: /^Set to/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-mail outbox");
  await expectNoAxeViolations(page);

  // The same pages in Chinese.
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: page.url() }]);
  for (const path of ["/admin/enquiries", `/admin/enquiries/${reference}`, "/admin/outbox"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expectNoAxeViolations(page);
  }

  // The investor, with reference and e-mail, in a session of their own.
  const investor = await page.context().browser()!.newContext();
  const investorPage = await investor.newPage();
  await investorPage.goto(`/en/enquiry/status?ref=${reference}`);
  await investorPage.getByLabel("E-mail").fill(email);
  await investorPage.getByRole("button", { name: "Show status" }).click();
  await expect(investorPage.getByTestId("current-status")).toHaveText("Closed");
  const history = investorPage.getByRole("region", { name: reference }).getByRole("listitem");
  await expect(history).toHaveText([/Received$/, /In progress$/, /Answered$/, /Closed$/]);
  await expect(investorPage.getByText(note)).toHaveCount(0);
  await expect(investorPage.locator("body")).not.toContainText("Internal:");
  await investor.close();
});

test("the export needs a signed-in staff member", async ({ request }) => {
  // The proxy sends anonymous staff requests to the login; a stale session gets the route's 401
  // (e2e/staff-sessions.spec.ts).
  const response = await request.get("/admin/enquiries/export", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/admin\/login$/);
  expect(await response.text()).not.toContain("reference,");
});
