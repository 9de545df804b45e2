import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { contactLinks, expectContactLinks } from "./support/contact-links";

// Every other kind of public page (lists, records, the home page) is checked alongside its axe
// check in page-types.spec.ts: one page load each.
const toolPaths = [
  "/map",
  "/compare",
  "/search?q=lithium",
  "/site-selection",
  "/enquiry",
  "/enquiry/status",
  "/enquiry/sent",
  "/privacy",
  "/no-such-page",
];

for (const locale of ["en", "zh"] as const) {
  test(`every public tool and form page in ${locale} links to the enquiry form and the status page`, async ({
    page,
  }) => {
    for (const path of toolPaths) {
      await page.goto(`/${locale}${path}`);
      await expectContactLinks(page, locale, path);
    }
    // Followed from the last of them (the missing page's footer is the site's too).
    await contactLinks(page, locale).track.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/enquiry/status$`));
  });
}

test("the home page calls to action and its news items open their pages", async ({ page }) => {
  await page.goto("/en");
  const cta = page.getByRole("region", { name: "Looking for a location?" });
  await expect(cta.getByRole("link", { name: "Find the right park in six questions" })).toHaveAttribute(
    "href",
    "/en/site-selection",
  );
  await expect(cta.getByRole("link", { name: "Send an enquiry" })).toHaveAttribute("href", "/en/enquiry");
  await expectNoAxeViolations(page);

  const news = page.getByRole("region", { name: "Latest news" }).getByRole("heading", { level: 3 }).first();
  const title = (await news.textContent())!;
  await news.getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/news\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("after sending an enquiry the focus is on the confirmation's heading", async ({ page }) => {
  await page.goto("/zh/enquiry");
  await page.getByLabel("您的姓名").fill("王芳");
  await page.getByLabel("电子邮箱").fill(`focus.${Date.now()}@example.cn`);
  await page.getByLabel("公司或机构").fill("成都示例有限公司");
  await page.getByLabel("国家或地区").selectOption("SG");
  await page.getByLabel("计划投资额").selectOption("undecided");
  await page.getByLabel("咨询内容说明").fill("我们想了解两江新区的研发空间。");
  await page.getByRole("checkbox", { name: /隐私声明/ }).check();
  await page.getByRole("button", { name: "提交咨询" }).press("Enter");
  const heading = page.getByRole("heading", { level: 1, name: "感谢您的咨询，我们已收到" });
  await expect(heading).toBeFocused();
  await expectNoAxeViolations(page);
});
