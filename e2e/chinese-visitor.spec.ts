import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("a Chinese visitor goes from /zh home to a policy, in Chinese throughout", async ({ page }) => {
  await page.goto("/zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "两个国家级新区" })).toBeVisible();
  await expect(page.getByText(/^来源：/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "政策" }).click();
  await expect(page).toHaveURL(/\/zh\/policies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政策");
  await page.getByLabel("类别").selectOption("customs-trade");
  await page.getByRole("button", { name: "显示政策" }).click();
  await expect(page).toHaveURL(/category=customs-trade/);
  await expect(page.getByTestId("result-count")).toContainText("项政策");
  await expectNoAxeViolations(page);

  await page.getByRole("main").getByRole("heading", { level: 2 }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/zh\/policies\/[a-z0-9-]+$/);
  await expect(page.getByText("发布机构", { exact: true })).toBeVisible();
  await expect(page.getByText("有效期", { exact: true })).toBeVisible();
  await expect(page.getByText("现行有效").first()).toBeVisible();
  await expect(page.getByText(/最近核实：\d{4}年/)).toBeVisible();
  await expect(page.getByText("Not yet translated")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
