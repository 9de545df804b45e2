import { expect, test } from "@playwright/test";

test("pages name their canonical URL and their other language", async ({ page }) => {
  const response = await page.goto("/en/policies/customs-bank-one-key-pass");
  // One set of alternates, in the <head>: a second set in a Link header once disagreed with it.
  expect(response!.headers()["link"] ?? "").not.toContain("alternate");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/en\/policies\/customs-bank-one-key-pass$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    "href",
    /\/zh\/policies\/customs-bank-one-key-pass$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd["@type"]).toBe("GovernmentService");
});

test("the sitemap lists published pages in both languages, and robots.txt points to it", async ({
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/en/parks/guoyuan-bonded-logistics-center</loc>");
  expect(sitemap).toContain("/zh/parks/guoyuan-bonded-logistics-center</loc>");
  expect(sitemap).toContain("/zh/policies/customs-bank-one-key-pass</loc>");
  expect(sitemap).toContain('hreflang="zh-CN"');
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /admin");
});
