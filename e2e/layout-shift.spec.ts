import { expect, test } from "@playwright/test";

// Lighthouse's pages on a phone: nothing moves once the page has painted (cumulative layout shift,
// a fifth of Lighthouse's performance score). A control that changes size on hydration, or a font
// that swaps in after the first paint, pushes the text below it down.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const path of [
  "/en",
  "/en/parks",
  "/en/parks/guoyuan-bonded-logistics-center",
  "/zh/parks/guoyuan-bonded-logistics-center",
]) {
  test(`${path} does not shift its layout while it loads and hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(path);
    // Hydrated: the comparison control has become a button.
    await expect(page.getByRole("button", { name: /^(Add to comparison|加入对比)$/ }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
    expect(total).toBeLessThan(0.01);
  });
}
