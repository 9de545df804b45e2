import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const guoyuan = {
  slug: "guoyuan-bonded-logistics-center",
  en: /Guoyuan Bonded Logistics Center/,
  zh: "果园保税物流中心（B型）",
};
const scienceCity = {
  slug: "western-china-chengdu-science-city",
  en: /Western China \(Chengdu\) Science City/,
  zh: "西部（成都）科学城",
};
const tianfuBonded = {
  slug: "tianfu-bonded-logistics-center",
  en: /Tianfu Bonded Logistics Center/,
  zh: "四川天府新区成都片区保税物流中心（B型）",
};
const three = [guoyuan, scienceCity, tianfuBonded];
// A park's card on the list: its "Add to comparison" control is described by the card's heading.
const card = (page: Page, name: RegExp) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name }) });

test("an investor picks three parks, compares them, shares the link and downloads the CSV", async ({
  page,
  browser,
}) => {
  const tray = page.getByRole("banner").getByRole("link", { name: /^Compare/ });

  await page.goto("/en/parks");
  const addGuoyuan = card(page, guoyuan.en).getByRole("button", { name: "Add to comparison" });
  await expect(addGuoyuan).toHaveAccessibleDescription(guoyuan.en);
  await addGuoyuan.click();
  await expect(tray).toHaveText("Compare (1)");

  await page.goto(`/en/parks/${scienceCity.slug}`);
  await page.getByRole("button", { name: "Add to comparison" }).click();
  await expect(tray).toHaveText("Compare (2)");

  // The choice survives navigation: back on the list, the first park shows as chosen.
  await page.goto("/en/parks");
  await expect(card(page, guoyuan.en).getByRole("button", { name: "Remove from comparison" })).toBeVisible();
  await card(page, tianfuBonded.en).getByRole("button", { name: "Add to comparison" }).click();
  await expect(tray).toHaveText("Compare (3)");

  await tray.click();
  await expect(page).toHaveURL(`/en/compare?parks=${three.map((p) => p.slug).join(",")}`);
  const table = page.getByRole("table", { name: "3 parks side by side" });
  const columns = table.getByRole("columnheader");
  await expect(columns).toHaveCount(3);
  for (const [index, park] of three.entries()) await expect(columns.nth(index)).toHaveText(park.en);
  for (const field of [
    "New area",
    "Type",
    "Size",
    "Key figures (period; source)",
    "Transport links",
    "Last verified",
  ]) {
    await expect(table.getByRole("rowheader", { name: field })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: /Comparison table/ })).toHaveAttribute("tabindex", "0");
  await expectNoAxeViolations(page);

  // The shareable link shows the same comparison to someone with nothing stored.
  const shared = await page.getByRole("link", { name: "Link to this comparison" }).getAttribute("href");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(shared!);
  await expect(otherPage.getByRole("columnheader")).toHaveText(three.map((p) => p.en));
  await other.close();

  // In Chinese: the same table, and a CSV with Chinese headers that Excel reads as UTF-8.
  await page.goto(shared!.replace("/en/", "/zh/"));
  await expect(page.getByRole("table", { name: "3个园区并列对比" })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载CSV文件（可用Excel打开）" }).click(),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  const records = csv.split("\r\n");
  expect(records[0]).toBe(
    "\uFEFF园区,园区页面,所属新区,类型,面积,主导产业,主要数据（统计期；来源）,交通条件,适用政策,最近核实",
  );
  expect(records).toHaveLength(5); // header, three parks, and the final line end
  for (const [index, park] of three.entries()) {
    expect(records[index + 1]).toMatch(
      new RegExp(`^${park.zh.replace(/[()（）]/g, "\\$&")},http://[^,]+/zh/parks/${park.slug},`),
    );
  }
  expect(csv).toContain("394.2平方公里"); // the science city's size, formatted for zh-CN
});

test("without JavaScript a comparison is built from plain links and a form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/parks/${guoyuan.slug}`);
  await page.getByRole("link", { name: "Add to comparison" }).click();
  await expect(page).toHaveURL(`/en/compare?parks=${guoyuan.slug}`);
  await expect(page.getByRole("columnheader")).toHaveText([guoyuan.en]);

  // "Add a park" is a search: a plain GET form, its results links that add a park each.
  const search = page.getByRole("searchbox", { name: "Park name or words" });
  await search.fill("bonded logistics");
  await page.getByRole("button", { name: "Find parks" }).click();
  await expect(page).toHaveURL(`/en/compare?parks=${guoyuan.slug}&q=bonded+logistics`);
  await expect(page.getByRole("link", { name: /^Add Tianfu Bonded Logistics Center/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Add Guoyuan/ })).toHaveCount(0); // compared already
  await search.fill("science city");
  await page.getByRole("button", { name: "Find parks" }).click();
  await page.getByRole("link", { name: /^Add Western China \(Chengdu\) Science City/ }).click();
  await expect(page).toHaveURL(`/en/compare?parks=${guoyuan.slug},${scienceCity.slug}`);
  await expect(page.getByRole("columnheader")).toHaveText([guoyuan.en, scienceCity.en]);

  await page.getByRole("link", { name: /^Remove Guoyuan/ }).click();
  await expect(page.getByRole("columnheader")).toHaveText([scienceCity.en]);
  await context.close();
});

test("a broken comparison link explains how to add parks", async ({ page }) => {
  await page.goto("/en/compare?parks=a-park,a-park");
  await expect(page.getByText("This comparison link is not valid")).toBeVisible();
  await expect(page.getByText(/Choose “Add to comparison”/)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  expect((await page.request.get("/en/compare/csv?parks=a,b,c,d,e")).status()).toBe(400);
});
