import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/** Searches from the header's box, as a visitor does, and waits for the results page. */
async function searchFromHeader(page: Page, label: string, q: string) {
  const box = page.getByRole("search").getByLabel(label);
  await box.fill(q);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(q).replace(/%20/g, "\\+")}$`));
  await expect(page.getByTestId("result-count")).toBeVisible();
}

const group = (page: Page, name: RegExp) => page.getByRole("region", { name });

test("“lithium” and “锂” find the TIANQI Lithium project and the Tianfu parks", async ({ page }) => {
  await page.goto("/en");
  await searchFromHeader(page, "Search parks, projects, policies and news", "lithium");
  await expect(page.getByTestId("result-count")).toHaveText(/\d+ results for “lithium”/);
  await expect(
    group(page, /^Projects/).getByRole("link", { name: /TIANQI Lithium Global R&D Center/ }),
  ).toHaveAttribute("href", "/en/projects/tianqi-lithium-global-rd-center");
  const parks = group(page, /^Parks and zones/);
  await expect(
    parks.getByRole("link", { name: "Tianfu International Technology Transfer Center" }),
  ).toBeVisible();
  await expect(parks.getByRole("link", { name: "Western China (Chengdu) Science City" })).toBeVisible();
  await expect(parks.getByText("Liangjiang New Area")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/zh");
  await searchFromHeader(page, "搜索园区、项目、政策和动态", "锂");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(group(page, /^项目/).getByRole("link", { name: /天齐锂业全球研发中心/ })).toHaveAttribute(
    "href",
    "/zh/projects/tianqi-lithium-global-rd-center",
  );
  await expect(group(page, /^园区与平台/).getByRole("link", { name: "天府国际技术转移中心" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("“bonded” and “保税” find the bonded logistics centres of both areas; facets narrow by area", async ({
  page,
}) => {
  await page.goto("/en/parks");
  await searchFromHeader(page, "Search parks, projects, policies and news", "bonded");
  const parks = group(page, /^Parks and zones/);
  await expect(parks.getByRole("link", { name: /Tianfu Bonded Logistics Center/ })).toBeVisible();
  await expect(parks.getByRole("link", { name: /Guoyuan Bonded Logistics Center/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const facets = page.getByRole("navigation", { name: "Narrow the results" });
  await facets.getByRole("link", { name: /Liangjiang New Area/ }).click();
  await expect(page).toHaveURL(/area=liangjiang/);
  await expect(facets.getByRole("link", { name: /Liangjiang New Area/ })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(parks.getByRole("link", { name: /Guoyuan Bonded Logistics Center/ })).toBeVisible();
  await expect(parks.getByRole("link", { name: /Tianfu Bonded Logistics Center/ })).toHaveCount(0);
  await facets.getByRole("link", { name: /^Parks and zones/ }).click();
  await expect(page).toHaveURL(/kind=parks/);
  await expect(group(page, /^Projects/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/zh");
  await searchFromHeader(page, "搜索园区、项目、政策和动态", "保税");
  const zhParks = group(page, /^园区与平台/);
  await expect(zhParks.getByRole("link", { name: "四川天府新区成都片区保税物流中心（B型）" })).toBeVisible();
  await expect(zhParks.getByRole("link", { name: "果园保税物流中心（B型）" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a typo still finds the bonded logistics centres, and nothing found suggests what to try", async ({
  page,
}) => {
  await page.goto("/en/search?q=bonded+logstics");
  await expect(
    page.getByText("Nothing matches “bonded logstics” as typed: showing results for “bonded logistics”."),
  ).toBeVisible();
  await expect(
    group(page, /^Parks and zones/).getByRole("link", { name: /Guoyuan Bonded Logistics Center/ }),
  ).toBeVisible();

  await page.goto("/en/search?q=qwxzv");
  await expect(page.getByTestId("result-count")).toHaveText("No results for “qwxzv”");
  await expect(page.getByText("Nothing matches “qwxzv”.")).toBeVisible();
  await page.getByRole("link", { name: "保税" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=%E4%BF%9D%E7%A8%8E$/);
  await expect(group(page, /^Parks and zones/).getByRole("link", { name: /Guoyuan Bonded/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("search works by keyboard alone", async ({ page }) => {
  await page.goto("/en");
  const box = page.getByRole("search").getByLabel("Search parks, projects, policies and news");
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(box).toBeFocused();
  await page.keyboard.type("lithium");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=lithium$/);
  const projectsFacet = page
    .getByRole("navigation", { name: "Narrow the results" })
    .getByRole("link", { name: /^Projects/ });
  await projectsFacet.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kind=projects/);
});

test("Chinese and English synonyms, Traditional characters and mixed queries find the obvious record, highlighted", async ({
  page,
}) => {
  await page.goto("/zh");
  await searchFromHeader(page, "搜索园区、项目、政策和动态", "锂电池");
  const project = group(page, /^项目/).getByRole("link", { name: /天齐锂业全球研发中心/ });
  // Found through its industry, "新能源与锂电", which the card does not show.
  await expect(project).toBeVisible();
  await page.goto("/zh/search?q=%E8%87%AA%E8%B4%B8%E5%8C%BA"); // 自贸区
  // The card marks what matched, as text: here the full name the abbreviation stands for.
  await expect(
    group(page, /^园区与平台/)
      .locator("mark", { hasText: /^自由贸易试验区$/ })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/en/search?q=lithium+batteries");
  await expect(
    group(page, /^Projects/).getByRole("link", { name: /TIANQI Lithium Global R&D Center/ }),
  ).toBeVisible();
  await expect(
    group(page, /^Projects/)
      .locator("mark", { hasText: "Lithium" })
      .first(),
  ).toBeVisible();

  await page.goto("/en/search?q=bonded+%E4%B8%A4%E6%B1%9F");
  const parks = group(page, /^Parks and zones/).getByRole("listitem");
  const guoyuan = parks.filter({ hasText: "Guoyuan Bonded Logistics Center" });
  await expect(guoyuan.locator("mark", { hasText: "Bonded" }).first()).toBeVisible();
  // Among the first three, with the other parks that are bonded and in Liangjiang.
  expect((await parks.allTextContents()).slice(0, 3).join()).toContain("Guoyuan Bonded Logistics Center");

  await page.goto("/zh/search?q=%E9%87%8D%E6%85%B6"); // 重慶
  await expect(
    group(page, /^园区与平台/)
      .getByRole("listitem")
      .first(),
  ).toContainText("重庆");

  await page.goto("/en/search?q=%E8%87%AA%E8%B4%B8%E5%8C%BA"); // 自贸区
  const ftz = group(page, /^Parks and zones/);
  await expect(ftz.getByRole("link", { name: /China \(Sichuan\) Pilot Free Trade Zone/ })).toBeVisible();
  await expect(ftz.getByRole("link", { name: /China \(Chongqing\) Pilot Free Trade Zone/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a query no record fully matches lists those matching most, and says so", async ({ page }) => {
  await page.goto("/en/search?q=lithium+qwxzv");
  await expect(
    page.getByText("No result has every word of “lithium qwxzv”: showing those with the most."),
  ).toBeVisible();
  await expect(
    group(page, /^Projects/).getByRole("link", { name: /TIANQI Lithium Global R&D Center/ }),
  ).toBeVisible();
});
