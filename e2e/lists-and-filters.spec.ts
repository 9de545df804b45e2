import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { loadDemoSession } from "./support/staff-session";

const count = async (page: Page) => (await page.getByTestId("result-count").textContent())!;

// One filter of each public list, as a visitor picks it.
const lists = [
  { path: "/en/parks", label: "New area", value: "liangjiang", submit: "Show parks" },
  { path: "/en/projects", label: "Stage", value: "operating", submit: "Show projects" },
  { path: "/en/policies", label: "Category", value: "logistics", submit: "Show policies" },
];

for (const list of lists) {
  test(`${list.path}: the filters show the URL's state after Back, Forward and "Clear filters"`, async ({
    page,
  }) => {
    await page.goto(list.path);
    const all = await count(page);
    const filter = page.getByLabel(list.label, { exact: true });
    await filter.selectOption(list.value);
    await page.getByRole("button", { name: list.submit }).click();
    await expect(page).toHaveURL(new RegExp(`=${list.value}`));
    const filtered = await count(page);
    expect(filtered).not.toBe(all);

    await page.goBack();
    await expect(page.getByTestId("result-count")).toHaveText(all);
    await expect(filter).toHaveValue("");

    await page.goForward();
    await expect(page.getByTestId("result-count")).toHaveText(filtered);
    await expect(filter).toHaveValue(list.value);

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page.getByTestId("result-count")).toHaveText(all);
    await expect(filter).toHaveValue("");

    await page.goBack();
    await expect(page.getByTestId("result-count")).toHaveText(filtered);
    await expect(filter).toHaveValue(list.value);
  });
}

test("a page past the last or a malformed page number is a 404 on every public list", async ({ page }) => {
  for (const list of ["/en/parks", "/zh/projects", "/en/policies", "/zh/news"]) {
    expect((await page.request.get(`${list}?page=1`)).status(), list).toBe(200);
    for (const bad of ["999", "abc", "-1", "0", "1e3", "2.0", "99999999999999999999", ""]) {
      expect((await page.request.get(`${list}?page=${bad}`)).status(), `${list}?page=${bad}`).toBe(404);
    }
  }
  // Past the last page of a filtered list: Tianfu has fewer parks than one page holds.
  expect((await page.request.get("/en/parks?area=tianfu&page=2")).status()).toBe(404);
  const response = await page.goto("/en/parks?page=999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a page past the last or a malformed page number is a 404 on the staff lists", async ({ page }) => {
  await loadDemoSession(page, "admin");
  for (const list of ["/admin/enquiries", "/admin/audit"]) {
    expect((await page.request.get(`${list}?page=1`)).status(), list).toBe(200);
    for (const bad of ["999", "abc", "-1", "1e3"]) {
      expect((await page.request.get(`${list}?page=${bad}`)).status(), `${list}?page=${bad}`).toBe(404);
    }
  }
});

test("the industry filter reached from an industry page is visible and can be changed", async ({ page }) => {
  await page.goto("/en/industries/automobile");
  await page.getByRole("link", { name: "All parks for this industry" }).click();
  await expect(page).toHaveURL(/\/en\/parks\?industry=automobile$/);
  const industry = page.getByLabel("Industry", { exact: true });
  await expect(industry).toBeVisible();
  await expect(industry).toHaveValue("automobile");
  const narrowed = await count(page);
  await expectNoAxeViolations(page);

  await industry.selectOption("");
  await page.getByRole("button", { name: "Show parks" }).click();
  await expect(page.getByTestId("result-count")).not.toHaveText(narrowed);
  await expect(page).not.toHaveURL(/industry=automobile/);
});
