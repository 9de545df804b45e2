import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { loadDemoSession } from "./support/staff-session";
import { parkCopy } from "./support/test-data";

// Creating and deleting content: a news item from "New" to its public page and back to a 404,
// a taken slug, and every new staff page axe-clean in both languages.
test.describe.configure({ timeout: 150_000 });

/** The audit trail of the news item created with this slug (it outlives the item). */
const audit = async (slug: string) =>
  (
    await query<{ action: string }>(
      `SELECT action FROM "AuditEntry" WHERE entity = 'NewsItem' AND "entityId" = (
         SELECT "entityId" FROM "AuditEntry" WHERE entity = 'NewsItem' AND action = 'create'
         AND changes->'slug'->>'to' = $1)
       ORDER BY "createdAt"`,
      [slug],
    )
  ).map((row) => row.action);

test("an editor creates a news item, publishes it, sees it public, deletes it with confirmation: gone", async ({
  page,
}) => {
  const slug = `e2e-rail-link-${Date.now()}`;
  const title = `Rail link ${slug}`;
  await loadDemoSession(page, "editor.liangjiang");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "News" }).click();
  await page.getByRole("link", { name: "New news item" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New news item");
  // Only the editor's own area is offered.
  await expect(page.getByRole("checkbox")).toHaveCount(1);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Chongqing Liangjiang New Area").check();
  await page.getByRole("group", { name: "Title" }).getByLabel("English").fill(title);
  await page.getByRole("group", { name: "Title" }).getByLabel("Chinese").fill("铁路开通");
  await page.getByLabel("Date").fill("2026-11-26");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/news/${slug}$`));
  await expect(page.getByText("Status: Draft")).toBeVisible();

  await page
    .getByRole("group", { name: "Summary" })
    .getByLabel("English")
    .fill("Freight trains start running.");
  await page.getByRole("group", { name: "Text" }).getByLabel("English").fill("The first train left today.");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");

  await page.goto("/en/news");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(`/admin/news/${slug}`);
  await page.getByRole("link", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Delete “${title}”?`);
  await expect(
    page.getByText("This record is published: its public page will disappear at once."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/admin\/news\?deleted=/);
  await expect(page.getByRole("status")).toHaveText(`Deleted “${slug}”.`);

  expect((await page.goto(`/en/news/${slug}`))?.status()).toBe(404);
  await page.goto("/en/news");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect(await audit(slug)).toEqual(["create", "update", "publish", "delete"]);
});

test("a taken slug is a clear field error and writes nothing; a park with projects cannot be deleted", async ({
  page,
}) => {
  await loadDemoSession(page, "admin");
  const [taken] = await query<{ slug: string }>(`SELECT slug FROM "Policy" ORDER BY slug LIMIT 1`);
  const count = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "Policy"`))[0]!.n);
  const before = await count();
  await page.goto("/admin/policies/new");
  await page.getByLabel("Address (slug)").fill(taken!.slug);
  await page.getByLabel("Sichuan Tianfu New Area").check();
  await page.getByRole("group", { name: "Title" }).getByLabel("English").fill("Duplicate");
  await page.getByRole("group", { name: "Issued by" }).getByLabel("English").fill("Someone");
  await page.getByRole("button", { name: "Create draft" }).click();
  const takenMessage = "This address is taken already: choose another one. Nothing was saved.";
  await expect(page.getByRole("alert").filter({ hasText: takenMessage })).toBeVisible();
  await expect(page.getByLabel("Address (slug)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("group", { name: "Title" }).getByLabel("English")).toHaveValue("Duplicate");
  expect(await count()).toBe(before);

  const [park] = await query<{ slug: string; n: string }>(
    `SELECT p.slug, count(j.id) AS n FROM "Park" p JOIN "Project" j ON j."parkId" = p.id
     GROUP BY p.slug ORDER BY p.slug LIMIT 1`,
  );
  await page.goto(`/admin/parks/${park!.slug}/delete`);
  await expect(page.getByRole("alert").filter({ hasText: "cannot be deleted" })).toContainText(
    `This record cannot be deleted: ${park!.n} project`,
  );
  await expect(page.getByRole("button", { name: "Yes, delete it" })).toHaveCount(0);
});

test("a refused publish says which fields are required and takes the focus there; a viewer is told their role is read-only", async ({
  page,
  browser,
}) => {
  const slug = `e2e-required-${Date.now()}`;
  await page.setViewportSize({ width: 390, height: 800 });
  await loadDemoSession(page, "editor.tianfu");
  await page.goto("/admin/parks/new");
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByRole("group", { name: "Name" }).getByLabel("English").fill(`Required Park ${slug}`);
  await page.getByRole("group", { name: "Name" }).getByLabel("Chinese").fill("必填园区");
  await page.getByLabel("Type").selectOption("logistics-hub");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/parks/${slug}$`));
  await page.getByRole("group", { name: "Summary" }).getByLabel("English").fill("A park.");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  const description = page.getByRole("group", { name: "Description" });
  await expect(description.getByLabel("English")).toBeFocused();
  await expect(description.getByText("Required: fill in this field.")).toBeVisible();
  await expect(description.getByLabel("English")).toBeInViewport();
  expect(await query(`SELECT 1 FROM "Park" WHERE slug = $1 AND status = 'published'`, [slug])).toEqual([]);

  const viewer = await (await browser.newContext()).newPage();
  await loadDemoSession(viewer, "viewer");
  await viewer.goto("/admin/parks/new");
  await expect(viewer.getByText("Your role is read-only")).toBeVisible();
  await expect(viewer.getByText("You may not create records")).toHaveCount(0);
});

// One test per language, so that the two sweeps run side by side. Lists and forms are one
// component for every kind: one list, a one-area and a several-area creation form, and every
// page of one record stand for the rest.
for (const locale of ["en", "zh"] as const) {
  test(`the new content pages are accessible in ${locale}`, async ({ page }) => {
    await loadDemoSession(page, "admin");
    const [policy] = await query<{ slug: string }>(
      `SELECT slug FROM "Policy" WHERE status = 'published' ORDER BY slug LIMIT 1`,
    );
    const [item] = await query<{ slug: string }>(
      `SELECT slug FROM "NewsItem" WHERE status = 'published' ORDER BY slug LIMIT 1`,
    );
    const edit = `/admin/policies/${policy!.slug}`;
    const paths = [
      "/admin/news",
      "/admin/news/new",
      "/admin/projects/new",
      `/admin/news/${item!.slug}`,
      edit,
      `${edit}/preview`,
      `${edit}/delete`,
    ];
    await page
      .context()
      .addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
    for (const path of paths) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
      await expectNoAxeViolations(page);
    }
  });
}

test("a draft park previews as its public page for staff, and stays hidden from investors", async ({
  page,
}) => {
  const slug = `e2e-draft-park-${Date.now()}`;
  await parkCopy("guoyuan-bonded-logistics-center", {
    slug,
    name: { en: "Draft Preview Park", zh: "预览草稿园区" },
    status: "draft",
  });
  expect((await page.goto(`/en/parks/${slug}`))?.status()).toBe(404);
  await loadDemoSession(page, "editor.liangjiang");
  await page.goto(`/admin/parks/${slug}`);
  const [preview] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("button", { name: "Preview" }).click(),
  ]);
  await expect(preview).toHaveURL(new RegExp(`/admin/parks/${slug}/preview\\?id=`));
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Draft Preview Park");
  await expectNoAxeViolations(preview);
});
