import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("an investor goes from home to a Liangjiang bonded zone and reads it in Chinese", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Inland Gateway");
  await expect(page.getByRole("heading", { name: "Liangjiang New Area", level: 3 })).toBeVisible();
  await expect(page.getByText(/^Source: /).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Parks and zones" }).click();
  await expect(page).toHaveURL(/\/en\/parks$/);
  const total = Number((await page.getByTestId("result-count").textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(15);
  await expectNoAxeViolations(page);

  await page.getByLabel("New area").selectOption("liangjiang");
  await page.getByLabel("Type").selectOption("bonded-zone");
  await page.getByRole("button", { name: "Show parks" }).click();
  await expect(page).toHaveURL(/area=liangjiang/);
  await expect(page).toHaveURL(/type=bonded-zone/);
  const results = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(results.first()).toBeVisible();
  const names = await results.allTextContents();
  expect(names.length).toBeLessThan(total);
  expect(names.some((name) => /Guoyuan Bonded Logistics Cent(er|re)/.test(name))).toBe(true);
  expect(names.some((name) => /Tianfu/.test(name))).toBe(false);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Guoyuan Bonded Logistics Cent(er|re)/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Guoyuan Bonded Logistics Cent(er|re)/);
  await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Transport links" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Contact" })).toBeVisible();
  await expect(page.getByText(/Last verified/)).toBeVisible();
  await expectNoAxeViolations(page);

  const englishPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "阅读中文版" }).click();
  await expect(page).toHaveURL(new RegExp(`${englishPath.replace("/en/", "/zh/")}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("果园保税物流中心");
  await expect(page.getByRole("heading", { name: "主要数据" })).toBeVisible();
  await expect(page.getByText("Not yet translated")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the parks list filters keep working by keyboard alone", async ({ page }) => {
  await page.goto("/en/parks");
  await page.getByLabel("New area").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  // Past the type and industry filters to the button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show parks" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/area=liangjiang/);
});

test("/ sends a Chinese browser to /zh, and an unknown park is a 404", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "zh-CN",
    extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const response = await page.goto("/zh/parks/no-such-park");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await context.close();
});
