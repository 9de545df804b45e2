import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { loadDemoSession, staffState, type DemoRole } from "./support/staff-session";
import { projectCopy } from "./support/test-data";

// Journey 5: staff edit a project, preview it, publish it; the public page and the audit log follow.
// Axe on long staff tables makes these slower than the public journeys.
test.describe.configure({ timeout: 120_000 });

const signedInPage = async (browser: Browser, role: DemoRole) =>
  (await browser.newContext({ storageState: staffState(role) })).newPage();

/**
 * A draft Tianfu project of this test alone, copied from the TIANQI one (so the journeys that
 * search for the published seed projects are never disturbed), without its Chinese name.
 */
async function draftTianfuProject(stage: string) {
  const slug = `e2e-edit-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await projectCopy("tianqi-lithium-global-rd-center", {
    slug,
    name: { en: `Edit journey ${slug}`, zh: "" },
    stage,
    status: "draft",
  });
  return slug;
}

const projectRow = async (slug: string) =>
  (
    await query<{ stage: string; status: string; version: number; summary: { en: string } }>(
      `SELECT stage, status, version, summary FROM "Project" WHERE slug = $1`,
      [slug],
    )
  )[0]!;

test("journey 5: an editor changes a stage, previews, publishes; public page and audit log follow", async ({
  page,
}) => {
  const slug = await draftTianfuProject("signed");
  await loadDemoSession(page, "editor.tianfu");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Projects" }).click();
  await page.getByLabel("New area").selectOption("tianfu");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/admin\/projects\?area=tianfu$/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Edit journey ${slug}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Edit journey ${slug}`);
  await expect(page.getByText("Missing translation").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Stage").selectOption("under-construction");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  expect((await page.request.get(`/en/projects/${slug}`)).status()).toBe(404);

  // Preview opens the form as it is in a new tab; this one keeps the form.
  const [preview] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("button", { name: "Preview" }).click(),
  ]);
  await expect(preview.getByText("Preview (staff only).")).toBeVisible();
  await expect(preview.getByText("Under construction").first()).toBeVisible();
  await expectNoAxeViolations(preview);
  await preview.close();

  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  const publicPage = await page.context().newPage();
  await publicPage.goto(`/en/projects/${slug}`);
  await expect(publicPage.getByRole("heading", { level: 1 })).toContainText(`Edit journey ${slug}`);
  await expect(publicPage.locator("dl")).toContainText("Under construction");

  const audit = await query<{
    email: string;
    action: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  }>(
    `SELECT s.email, a.action, a.changes FROM "AuditEntry" a JOIN "StaffUser" s ON s.id = a."actorId"
     JOIN "Project" p ON p.id = a."entityId" WHERE a.entity = 'Project' AND p.slug = $1 ORDER BY a."createdAt"`,
    [slug],
  );
  expect(audit).toEqual([
    {
      email: "editor.tianfu@inland-gateway.test",
      action: "update",
      changes: { stage: { from: "signed", to: "under-construction" } },
    },
    {
      email: "editor.tianfu@inland-gateway.test",
      action: "publish",
      changes: { status: { from: "draft", to: "published" } },
    },
  ]);
});

test("two editors save the same project: the second sees the first's change, nothing is overwritten", async ({
  browser,
}) => {
  const slug = await draftTianfuProject("signed");
  const admin = await signedInPage(browser, "admin");
  const editor = await signedInPage(browser, "editor.tianfu");
  await Promise.all([admin.goto(`/admin/projects/${slug}`), editor.goto(`/admin/projects/${slug}`)]);

  await admin.getByLabel("Stage").selectOption("operating");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("status")).toHaveText("Saved.");

  const summary = editor.getByRole("group", { name: "Summary" }).getByLabel("English");
  await summary.fill("The editor's own summary.");
  await editor.getByLabel("Stage").selectOption("opportunity");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = editor.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Stage/ })).toHaveText(/Stage\s*Operating\s*Opportunity/);
  await expect(summary).toHaveValue("The editor's own summary.");
  await expect(editor.getByLabel("Stage")).toHaveValue("opportunity");
  await expectNoAxeViolations(editor);
  expect(await projectRow(slug)).toMatchObject({ stage: "operating", version: 2 });

  // Saving again is a deliberate choice made with the other change in view.
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText("Saved.");
  expect(await projectRow(slug)).toMatchObject({
    stage: "opportunity",
    version: 3,
    summary: { en: "The editor's own summary." },
  });
  const actions = await query<{ email: string; changes: Record<string, { from: unknown; to: unknown }> }>(
    `SELECT s.email, a.changes FROM "AuditEntry" a JOIN "StaffUser" s ON s.id = a."actorId"
     JOIN "Project" p ON p.id = a."entityId" WHERE a.entity = 'Project' AND p.slug = $1 ORDER BY a."createdAt"`,
    [slug],
  );
  expect(actions.map((a) => [a.email, a.changes.stage])).toEqual([
    ["admin@inland-gateway.test", { from: "signed", to: "operating" }],
    ["editor.tianfu@inland-gateway.test", { from: "operating", to: "opportunity" }],
  ]);
  await Promise.all([admin.context().close(), editor.context().close()]);
});

test("the staff edit pages are accessible in Chinese, and a Liangjiang editor cannot change a Tianfu project", async ({
  browser,
}) => {
  const slug = await draftTianfuProject("signed");
  const page = await signedInPage(browser, "editor.liangjiang");
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh", url: test.info().project.use.baseURL! }]);
  for (const path of [
    "/admin/projects",
    `/admin/projects/${slug}`,
    `/admin/projects/${slug}/preview`,
    "/admin/parks",
    "/admin/parks/tianfu-bonded-logistics-center",
  ]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expectNoAxeViolations(page);
  }
  await page.goto(`/admin/projects/${slug}`);
  await expect(page.getByText("您可以查看此记录，但不能修改")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存", exact: true })).toHaveCount(0);
  await page.context().close();
});
