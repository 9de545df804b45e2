import { readFileSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { staffListPages } from "./staff-routes";
import { signInOverHttp, staffState } from "./support/staff-session";
import { enquiryFor, staffAccount } from "./support/test-data";

// Finding one's way on the staff side: the navigation (with the inbox), the staff 404 for unknown
// and out-of-scope URLs, and every list page on a phone.
const nav = (locale: "en" | "zh") =>
  (
    JSON.parse(readFileSync(`apps/web/messages/${locale}/admin.json`, "utf8")) as {
      admin: { nav: string; enquiriesNav: string; notFound: { title: string } };
    }
  ).admin;

/** This browser's choice of Chinese on the staff side (what the switch on the login page stores). */
const zhCookie = { name: "staff-locale", value: "zh", domain: "localhost", path: "/" };

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOverHttp(page.request, email);
  return page;
}

test("unknown and out-of-scope staff URLs get the staff 404 with the navigation, in both languages", async ({
  browser,
}) => {
  const { reference } = await enquiryFor(["tianfu"], { company: "Nav Co", message: "A Tianfu question." });
  const page = await signedIn(browser, await staffAccount("editor", ["liangjiang"]));
  const paths = [
    "/admin/no-such-page",
    "/admin/parks/no-such-park",
    "/admin/parks/tianfu-bonded-logistics-center/no/such/page",
    "/admin/figures/no-such-figure",
    // Beyond an editor's role, and an enquiry of the other new area.
    "/admin/users",
    "/admin/audit",
    `/admin/enquiries/${reference}`,
  ];
  for (const locale of ["en", "zh"] as const) {
    if (locale === "zh") await page.context().addCookies([zhCookie]);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(nav(locale).notFound.title);
      const staffNav = page.getByRole("navigation", { name: nav(locale).nav });
      await expect(staffNav.getByRole("link", { name: nav(locale).enquiriesNav })).toBeVisible();
      await expect(page.getByText("Nav Co")).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
  }
});

test("every staff list page fits a phone: no sideways scrolling, tables shown as lists", async ({
  browser,
}) => {
  test.slow(); // thirteen pages in two languages
  const width = 390;
  const page = await (
    await browser.newContext({
      storageState: staffState("admin"),
      viewport: { width, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
  ).newPage();
  for (const locale of ["en", "zh"] as const) {
    if (locale === "zh") await page.context().addCookies([zhCookie]);
    for (const path of staffListPages) {
      await page.goto(path);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        rows: [...document.querySelectorAll("main tbody tr")].map((row) => getComputedStyle(row).display),
        headings: [...document.querySelectorAll("main thead")].map(
          (head) => head.getBoundingClientRect().height,
        ),
      }));
      // Against the phone's width, not innerWidth: a mobile browser widens its viewport to a page
      // that overflows, so the two always agree.
      expect(layout.scrollWidth, `${locale} ${path}`).toBeLessThanOrEqual(width);
      // Rows are cards of their cells, one under the other; the column headings are for screen readers.
      // (A list may be empty: nothing stale, no missing translation.)
      expect(
        layout.rows.filter((display) => display !== "block"),
        path,
      ).toEqual([]);
      expect(
        layout.headings.every((height) => height <= 1),
        path,
      ).toBe(true);
      await expect(page.getByRole("navigation", { name: nav(locale).nav })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  }
});
