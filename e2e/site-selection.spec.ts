import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";

const text = {
  en: {
    cta: "Find the right park in six questions",
    industry: "Industry",
    industryName: "Modern logistics",
    need: "A warehouse in a bonded zone",
    rail: "Rail, e.g. the China–Europe Railway Express",
    europe: "Europe",
    area: "New area",
    submit: "Rank the parks",
    results: "Parks ranked for your answers",
    why: /^Works in your industry: Modern logistics$/,
    railReason: /^Rail: .*China Railway Express/,
    leftOut: /cannot offer A warehouse in a bonded zone/,
    otherArea: /in the other new area/,
    how: "How the ranking works",
    enquire: "Enquire about this shortlist",
    message: "Your message",
    summary: [
      "My answers in the site-selection assistant:",
      "Industry: Modern logistics",
      "Space: A warehouse in a bonded zone",
      "Markets: Europe",
    ],
  },
  zh: {
    cta: "回答六个问题，找到合适的园区",
    industry: "产业",
    industryName: "现代物流",
    need: "保税区内的仓库",
    rail: "铁路，例如中欧班列",
    europe: "欧洲",
    area: "新区",
    submit: "为园区排序",
    results: "按您的答案排序的园区",
    why: /^产业方向相符：现代物流$/,
    railReason: /^铁路：/,
    leftOut: /无法提供保税区内的仓库/,
    otherArea: /位于另一个新区/,
    how: "排序方法",
    enquire: "就入选园区提交咨询",
    message: "咨询内容说明",
    summary: ["我在选址助手中的答案：", "产业：现代物流", "空间：保税区内的仓库", "目标市场：欧洲"],
  },
};
const bondedZones =
  /Guoyuan Bonded|果园保税物流中心|Tianfu Bonded|天府新区成都片区保税物流中心|Lianglu|两路果园港|两路寸滩/;
const guoyuan = /Guoyuan Bonded|果园保税物流中心/;

const devices = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

async function open(browser: Browser, device: keyof typeof devices) {
  const context = await browser.newContext(devices[device]);
  return { context, page: await context.newPage() };
}

/** Nothing on the page is wider than the phone's screen (no sideways scrolling). */
async function expectNoSidewaysScroll(page: Page) {
  // Against the screen's width, not innerWidth: a mobile browser widens its viewport to a page that
  // overflows, so scrollWidth and innerWidth always agree there.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const locale of ["en", "zh"] as const) {
  for (const device of ["desktop", "phone"] as const) {
    test(`journey 8 in ${locale} on a ${device}: answers → ranked parks with reasons → enquiry about the shortlist`, async ({
      browser,
    }) => {
      const t = text[locale];
      const { context, page } = await open(browser, device);
      await page.goto(`/${locale}`);
      await page.getByRole("link", { name: t.cta }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/site-selection$`));
      await expect(page.getByRole("heading", { name: t.how })).toBeVisible();
      await expectNoAxeViolations(page);

      const form = page.getByRole("form");
      await form.getByLabel(t.industry, { exact: true }).selectOption({ label: t.industryName });
      await form.getByRole("radio", { name: t.need, exact: true }).check();
      await form.getByRole("checkbox", { name: t.rail }).check();
      await form.getByRole("checkbox", { name: t.europe, exact: true }).check();
      // Chinese visitors keep to Liangjiang: the Tianfu parks are then left out, and the page says so.
      if (locale === "zh") await form.getByLabel(t.area, { exact: true }).selectOption("liangjiang");
      await form.getByRole("button", { name: t.submit }).click();

      await expect(page).toHaveURL(/industry=modern-logistics/);
      await expect(page).toHaveURL(/need=bonded-warehouse/);
      await expect(page).toHaveURL(/mode=rail/);
      await expect(page).toHaveURL(/market=europe/);
      await expect(page.getByRole("heading", { name: t.results })).toBeVisible();
      const ranked = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
      const names = await ranked.getByRole("heading", { level: 3 }).allTextContents();
      expect(names.length).toBeGreaterThan(0);
      // Only bonded zones can offer a bonded warehouse: nothing else is ranked.
      for (const name of names) expect(name).toMatch(bondedZones);
      const guoyuanEntry = ranked.filter({ has: page.getByRole("heading", { name: guoyuan }) });
      await expect(guoyuanEntry.getByRole("listitem").filter({ hasText: t.why })).toBeVisible();
      await expect(guoyuanEntry.getByRole("listitem").filter({ hasText: t.railReason })).toBeVisible();
      await expect(page.getByText(t.leftOut)).toBeVisible();
      if (locale === "zh") {
        await expect(page.getByText(t.otherArea)).toBeVisible();
        for (const name of names) expect(name).not.toMatch(/Tianfu|天府/);
      }
      await expectNoAxeViolations(page);
      if (device === "phone") await expectNoSidewaysScroll(page);

      // The result is a link: opened afresh, it shows the same ranking.
      const shared = await context.newPage();
      await shared.goto(page.url());
      await expect(shared.getByRole("listitem").getByRole("heading", { level: 3 })).toHaveText(names);
      await shared.close();

      await page.getByRole("link", { name: t.enquire }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/enquiry\\?parks=`));
      for (const name of names) {
        await expect(page.getByRole("checkbox", { name: name.replace(/^\d+\.\s*/, "") })).toBeChecked();
      }
      await expect(page.getByLabel(t.industry, { exact: true })).toHaveValue("modern-logistics");
      const message = await page.getByLabel(t.message).inputValue();
      for (const line of t.summary) expect(message).toContain(line);
      await expectNoAxeViolations(page);
      if (device === "phone") await expectNoSidewaysScroll(page);
      await context.close();
    });
  }
}

test("the shortlist's enquiry is stored with its parks and the answers", async ({ page }) => {
  await page.goto(
    "/en/site-selection?industry=modern-logistics&need=bonded-warehouse&mode=rail&area=liangjiang",
  );
  await page.getByRole("link", { name: "Enquire about this shortlist" }).click();
  const email = `shortlist.${Date.now()}@example.de`;
  await page.getByLabel("Your name").fill("Lena Vogel");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Company or organisation").fill("Vogel Spedition GmbH");
  await page.getByLabel("Country").selectOption("DE");
  await page.getByLabel("Planned investment").selectOption("10m-100m");
  await page.getByRole("checkbox", { name: /privacy/ }).check();
  await page.getByRole("button", { name: "Send enquiry" }).click();
  const reference = (await page.getByTestId("reference").textContent())!;
  const [stored] = await query<{ parks: string[]; industry: string; message: string }>(
    `SELECT array_agg(p.slug ORDER BY p.slug) AS parks, e."industrySlug" AS industry, e.message
     FROM "Enquiry" e JOIN "_EnquiryToPark" ep ON ep."A" = e.id JOIN "Park" p ON p.id = ep."B"
     WHERE e.reference = $1 GROUP BY e.id`,
    [reference],
  );
  expect(stored!.parks).toContain("guoyuan-bonded-logistics-center");
  expect(stored!.parks.every((slug) => !slug.startsWith("tianfu"))).toBe(true);
  expect(stored!.industry).toBe("modern-logistics");
  expect(stored!.message).toContain("Space: A warehouse in a bonded zone");
  expect(stored!.message).toContain("New area: Chongqing Liangjiang New Area");
});

test("the assistant works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/site-selection");
  await page.getByLabel("Industry", { exact: true }).selectOption("automobile");
  await page.getByRole("radio", { name: "Land for a plant" }).check();
  await page.getByRole("button", { name: "Rank the parks" }).click();
  await expect(page).toHaveURL(/industry=automobile&.*need=plant-land/);
  const first = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ hasText: "Works in your industry: Automobile" });
  await expect(first.first()).toBeVisible();
  await expect(page.getByText(/cannot offer Land for a plant/)).toBeVisible();
  await context.close();
});

test("answers that make no sense are left out with a message, never a server error", async ({ page }) => {
  const response = await page.goto(
    "/en/site-selection?industry=no-such-industry&need=castle&mode=rail&mode=teleport&market=mars&timing=%00&area=shanghai",
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Some answers in this address could not be read and were left out: industry, space, transport, markets, timing, new area.",
  );
  // What could be read still counts: rail is ticked, and parks with a rail link rank first.
  await expect(page.getByRole("checkbox", { name: /^Rail/ })).toBeChecked();
  await expect(
    page
      .getByRole("main")
      .getByText(/^Rail: /)
      .first(),
  ).toBeVisible();
  for (const path of [
    "/en/site-selection?industry=%3Cscript%3E",
    `/en/site-selection?industry=${"a".repeat(5000)}`,
    "/zh/site-selection?mode=rail&mode=rail&mode=air&need=office&need=office",
    "/en/site-selection?industry[]=x&area[0]=tianfu",
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(200);
  }
  await page.goto("/en/enquiry?parks=guoyuan-bonded-logistics-center&industry=no-such-industry&need=castle");
  await expect(page.getByLabel("Industry", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Your message")).toHaveValue("");
});

test("the parks list and the main navigation lead to the assistant", async ({ page }) => {
  await page.goto("/zh/parks");
  await page.getByRole("link", { name: "不确定哪个园区合适？让选址助手按您的项目为园区排序。" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("选址助手");
  await page.goto("/en/news");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find a site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find the right park");
});
