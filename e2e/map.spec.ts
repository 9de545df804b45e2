import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("the map works without any outside network, and its list reaches a park", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!new URL(request.url()).hostname.match(/^(localhost|127\.0\.0\.1)$/)) outside.push(request.url());
  });
  await page.goto("/en/map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map of parks and zones");
  await expect(page.getByText(/Positions are approximate/)).toBeVisible();
  await expect(page.getByRole("img", { name: /Sichuan and Chongqing/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(outside).toEqual([]);

  const list = page.getByRole("region", { name: "The parks on the map" });
  await list.getByRole("link", { name: /Guoyuan Bonded Logistics Center/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Guoyuan Bonded Logistics Center/);
});

test("every marker is a named link, reachable and followed by keyboard", async ({ page }) => {
  await page.goto("/en/map");
  const markers = page.locator("svg a");
  const listed = page.getByRole("region", { name: "The parks on the map" }).getByRole("listitem");
  await expect(markers).toHaveCount(await listed.count());
  for (const name of await markers.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")))) {
    expect(name).toMatch(/^\d+\. .+ \(approximate position\)$/);
  }

  // The markers come right after the filters in the tab order.
  await page.getByRole("button", { name: "Show parks" }).focus();
  await page.keyboard.press("Tab");
  const first = page.getByRole("link", { name: /^1\. / }).first();
  await expect(first).toBeFocused();
  const name = (await first.getAttribute("aria-label"))!.replace(/^1\. | \(approximate position\)$/g, "");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("the map shares the parks list's filters, in Chinese too", async ({ page }) => {
  await page.goto("/zh/map?area=liangjiang&type=bonded-zone");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "重庆两江新区的园区" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "四川天府新区的园区" })).toHaveCount(0);
  const markers = page.locator("svg a");
  await expect(markers.first()).toHaveAttribute("aria-label", /（近似位置）$/);
  await expect(page.getByRole("link", { name: "果园保税物流中心（B型）", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the map finds parks by words, in English or Chinese, and marks only those", async ({ page }) => {
  await page.goto("/en/map");
  const all = await page.locator("svg a").count();
  await page.getByRole("searchbox", { name: "Name or words" }).fill("bonded");
  await page.getByRole("button", { name: "Show parks" }).click();
  await expect(page).toHaveURL(/\/en\/map\?q=bonded&/);
  const list = page.getByRole("region", { name: "The parks on the map" });
  await expect(list.getByRole("link", { name: /Guoyuan Bonded Logistics Center/ })).toBeVisible();
  await expect(list.getByRole("link", { name: /Science City/ })).toHaveCount(0);
  const markers = await page.locator("svg a").count();
  expect(markers).toBeGreaterThan(1);
  expect(markers).toBeLessThan(all);
  await expect(page.getByRole("searchbox", { name: "Name or words" })).toHaveValue("bonded");
  await expectNoAxeViolations(page);

  await page.goto("/zh/map?q=保税");
  const zhList = page.getByRole("region", { name: "地图上的园区" });
  await expect(zhList.getByRole("link", { name: "果园保税物流中心（B型）", exact: true })).toBeVisible();
  await expect(zhList.getByRole("link", { name: "西部（成都）科学城" })).toHaveCount(0);
});
