import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expectContactLinks } from "./support/contact-links";

// One page of every public type, in both languages: each must render, say its language, link to
// the enquiry form and the status page in its footer, and be axe-clean.
const pages = [
  "",
  "/parks",
  "/parks/guoyuan-port-international-logistics-hub",
  "/projects",
  "/projects?stage=operating&sort=amount",
  "/projects/tianqi-lithium-global-rd-center",
  "/policies",
  "/policies?inForce=1",
  "/policies/customs-bank-one-key-pass",
  "/news",
  "/news/joint-conference-liangjiang-tianfu-inland-gateway-2021",
  "/industries/new-energy-lithium",
];

for (const locale of ["en", "zh"] as const) {
  test(`every page type renders and is axe-clean in ${locale}`, async ({ page }) => {
    for (const path of pages) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectContactLinks(page, locale, path);
      await expectNoAxeViolations(page);
    }
  });
}

test("a project links to its park, its industry and its policies", async ({ page }) => {
  await page.goto("/en/projects/tianqi-lithium-global-rd-center");
  await page.getByRole("link", { name: "New energy & lithium" }).click();
  await expect(page).toHaveURL(/\/en\/industries\/new-energy-lithium$/);
  await expect(page.getByRole("heading", { name: /^Parks/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /TIANQI Lithium/ }).first()).toBeVisible();
});

test("project filters and pages live in the URL, so the back button works", async ({ page }) => {
  await page.goto("/en/projects");
  await page.getByLabel("Stage").selectOption("operating");
  await page.getByRole("button", { name: "Show projects" }).click();
  await expect(page).toHaveURL(/stage=operating/);
  const operating = await page.getByTestId("result-count").textContent();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/projects$/);
  await expect(page.getByTestId("result-count")).not.toHaveText(operating!);
  await page.goto("/en/projects?stage=signed&country=ZZ&amount=over-10b");
  await expect(page.getByTestId("result-count")).toHaveText("No projects match");
  await expect(page.getByText("No project matches these filters.")).toBeVisible();
});
