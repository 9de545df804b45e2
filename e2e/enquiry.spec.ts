import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";

const text = {
  en: {
    parks: "Parks and zones",
    area: "New area",
    type: "Type",
    show: "Show parks",
    enquire: "Enquire about this park",
    send: "Send enquiry",
    summary: /Please correct/,
    consentError: "Please agree to the privacy notice so that we can answer.",
    thanks: "Thank you: your enquiry has arrived",
    label: {
      name: "Your name",
      email: "E-mail",
      company: "Company or organisation",
      country: "Country",
      size: "Planned investment",
      message: "Your message",
    },
    country: "Germany",
    size: "US$10–100 million",
  },
  zh: {
    parks: "园区与平台",
    area: "新区",
    type: "类型",
    show: "显示园区",
    enquire: "咨询该园区",
    send: "提交咨询",
    summary: /请修改以下/,
    consentError: "请同意隐私声明，以便我们答复您。",
    thanks: "感谢您的咨询，我们已收到",
    label: {
      name: "您的姓名",
      email: "电子邮箱",
      company: "公司或机构",
      country: "国家或地区",
      size: "计划投资额",
      message: "咨询内容说明",
    },
    country: "德国",
    size: "1000万至1亿美元",
  },
};

async function browseToGuoyuanBonded(page: Page, locale: "en" | "zh") {
  const t = text[locale];
  await page.goto(`/${locale}`);
  await page.getByRole("navigation").getByRole("link", { name: t.parks, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/parks$`));
  await page.getByLabel(t.area, { exact: true }).selectOption("liangjiang");
  await page.getByLabel(t.type, { exact: true }).selectOption("bonded-zone");
  await page.getByRole("button", { name: t.show }).click();
  await page
    .getByRole("main")
    .getByRole("link", { name: /Guoyuan Bonded|果园保税物流中心/ })
    .click();
  await page.getByRole("link", { name: t.enquire }).click();
}

for (const locale of ["en", "zh"] as const) {
  test(`journey 1 in ${locale}: from the parks list to a reference number`, async ({ page }) => {
    const t = text[locale];
    await browseToGuoyuanBonded(page, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/enquiry\\?park=guoyuan-bonded-logistics-center`));
    const topic = page.getByRole("checkbox", { name: /Guoyuan Bonded|果园保税物流中心/ });
    await expect(topic).toBeChecked();
    await expectNoAxeViolations(page);

    // Errors first: inline, named, and the typed text stays.
    await page.getByLabel(t.label.name).fill("Anna Schmidt");
    await page.getByLabel(t.label.email).fill("not-an-email");
    await page.getByRole("button", { name: t.send }).click();
    await expect(page.getByRole("alert").filter({ hasText: t.summary })).toBeVisible();
    await expect(page.getByLabel(t.label.email)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(t.consentError).first()).toBeVisible();
    await expect(page.getByLabel(t.label.name)).toHaveValue("Anna Schmidt");
    await expectNoAxeViolations(page);

    const email = `anna.${locale}.${Date.now()}@example.de`;
    await page.getByLabel(t.label.email).fill(email);
    await page.getByLabel(t.label.company).fill("Schmidt Logistik GmbH");
    await page.getByLabel(t.label.country).selectOption({ label: t.country });
    await page.getByLabel(t.label.size).selectOption({ label: t.size });
    await page
      .getByLabel(t.label.message)
      .fill("We want to set up a bonded warehouse for European spare parts.");
    await page.getByRole("checkbox", { name: /privacy|隐私声明/ }).check();
    await page.getByRole("button", { name: t.send }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.thanks);
    const reference = (await page.getByTestId("reference").textContent())!;
    expect(reference).toMatch(/^IG-\d{4}-\d{6}$/);
    await expectNoAxeViolations(page);

    const [stored] = await query<{ status: string; language: string; emails: string[] }>(
      `SELECT e.status, e.language, array_agg(o."to" ORDER BY o."to") AS emails
       FROM "Enquiry" e JOIN "OutboxEmail" o ON o."enquiryId" = e.id WHERE e.reference = $1 GROUP BY e.id`,
      [reference],
    );
    expect(stored).toMatchObject({ status: "new", language: locale });
    expect(stored!.emails).toHaveLength(2);
    expect(stored!.emails).toContain(email);

    // The investor follows it up with reference and e-mail.
    await page.getByRole("link", { name: /Check the status|查询进度/ }).click();
    await page.getByLabel(/^E-mail$|^电子邮箱$/).fill(email);
    await page.getByRole("button", { name: /Show status|查询进度/ }).click();
    await expect(page.getByTestId("current-status")).toHaveText(locale === "en" ? "Received" : "已收到");
    await expectNoAxeViolations(page);
  });
}

test("the status page answers a wrong pair with one generic not-found", async ({ page }) => {
  await page.goto("/en/enquiry/status?ref=IG-2026-000001");
  await page.getByLabel("E-mail").fill("nobody@example.com");
  await page.getByRole("button", { name: "Show status" }).click();
  await expect(page.getByText("We found no enquiry with this reference and e-mail address.")).toBeVisible();
});

test("the form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/enquiry?project=tianqi-lithium-global-rd-center");
  await page.getByLabel("Your name").fill("No Script");
  await page.getByRole("button", { name: "Send enquiry" }).click();
  // The server's answer: the same field errors, the typed name kept.
  await expect(
    page
      .getByText("Please enter a valid e-mail address.")
      .or(page.getByText("Please fill in E-mail."))
      .first(),
  ).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("No Script");
  await page.getByLabel("E-mail").fill(`noscript.${Date.now()}@example.com`);
  await page.getByLabel("Company or organisation").fill("Plain HTML Ltd");
  await page.getByLabel("Country").selectOption("GB");
  await page.getByLabel("Planned investment").selectOption("undecided");
  await page.getByLabel("Your message").fill("Testing the form without any JavaScript at all.");
  await page.getByRole("checkbox", { name: /privacy/ }).check();
  await page.getByRole("button", { name: "Send enquiry" }).click();
  await expect(page.getByTestId("reference")).toHaveText(/^IG-\d{4}-\d{6}$/);
  await context.close();
});
