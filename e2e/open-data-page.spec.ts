import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// Journey 9's guide (issue 12): a partner finds the open-data page from the footer, in either
// language, and follows it to the data: the OpenAPI document, a JSON list and a CSV download.
const texts = {
  en: { footer: "Open data: API and CSV downloads", title: "Open data", licence: /CC BY 4\.0/ },
  zh: { footer: "开放数据：接口与 CSV 下载", title: "开放数据", licence: /知识共享署名 4\.0/ },
};

for (const locale of ["en", "zh"] as const) {
  test(`the open-data page, reached from the footer, leads to the data (${locale})`, async ({ page }) => {
    const t = texts[locale];
    await page.goto(`/${locale}/parks`);
    await page.getByRole("contentinfo").getByRole("link", { name: t.footer }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/open-data$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    await expect(page.getByText(t.licence).first()).toBeVisible();
    // The examples name this portal's own address, ready to paste.
    const origin = new URL(page.url()).origin;
    await expect(page.getByText(`curl -i '${origin}/api/v1/parks?area=liangjiang'`)).toBeVisible();
    await expect(page.getByText(`=IMPORTDATA("${origin}/api/v1/parks?format=csv")`)).toBeVisible();
    await expectNoAxeViolations(page);

    const openApi = page.getByRole("link", { name: `${origin}/api/v1/openapi.json` });
    const document = await (await page.request.get((await openApi.getAttribute("href"))!)).json();
    expect(document.openapi).toBe("3.1.0");
    const json = await page.request.get(
      (await page.getByRole("link", { name: "JSON (parks)" }).getAttribute("href"))!,
    );
    expect((await json.json()).data.length).toBeGreaterThan(0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV (parks)" }).click();
    expect((await download).suggestedFilename()).toBe("parks.csv");
  });
}
