import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { openPreview, publishedProjectCopy } from "./support/content-drafts";
import { loadDemoSession } from "./support/staff-session";

// Issue 10: a published record is edited as a draft beside it (save draft → preview → publish, or
// discard); Preview opens the form's unsaved values in a new tab and the form keeps them.
test.describe.configure({ timeout: 120_000 });

/** A published Tianfu project of this test alone, copied from the TIANQI one. */
const publishedTianfuProject = () => publishedProjectCopy("tianqi-lithium-global-rd-center");

const draftsOf = (slug: string) =>
  query<{ payload: { stage: string; summary: { en: string } }; revision: number }>(
    `SELECT d.payload, d.revision FROM "ContentDraft" d JOIN "Project" p ON p.id = d."recordId" WHERE p.slug = $1`,
    [slug],
  );
const auditActions = async (slug: string) =>
  (
    await query<{ action: string }>(
      `SELECT a.action FROM "AuditEntry" a JOIN "Project" p ON p.id = a."entityId"
       WHERE a.entity = 'Project' AND p.slug = $1 ORDER BY a."createdAt"`,
      [slug],
    )
  ).map((row) => row.action);

const englishSummary = (page: Page) => page.getByRole("group", { name: "Summary" }).getByLabel("English");

test("an editor drafts a published project, previews unsaved changes without losing them, and publishes", async ({
  page,
}) => {
  const slug = await publishedTianfuProject();
  await loadDemoSession(page, "editor.tianfu");
  await page.goto(`/admin/projects/${slug}`);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);

  await page.getByLabel("Stage").selectOption("under-construction");
  await englishSummary(page).fill("The draft summary.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Draft saved: the public page is unchanged until you publish it.",
  );
  await expect(page.getByText(/draft saved by Demo Editor \(Tianfu\) on .* \(China time\)/)).toBeVisible();
  const publicPage = await page.context().newPage();
  await publicPage.goto(`/en/projects/${slug}`);
  await expect(publicPage.getByText("The published summary.")).toBeVisible();
  await expect(publicPage.locator("dl")).toContainText("Signed");

  // The edit form of the published record opens with the draft.
  await page.reload();
  await expect(page.getByLabel("Stage")).toHaveValue("under-construction");
  await expect(englishSummary(page)).toHaveValue("The draft summary.");
  await expectNoAxeViolations(page);

  await englishSummary(page).fill("An unsaved summary.");
  const preview = await openPreview(page);
  await expect(preview).toHaveURL(new RegExp(`/admin/projects/${slug}/preview\\?id=[\\w-]{32}$`));
  await expect(preview.getByText("Preview (staff only).")).toBeVisible();
  await expect(preview.getByText("An unsaved summary.")).toBeVisible();
  await expect(preview.locator("dl")).toContainText("Under construction");
  await expectNoAxeViolations(preview);
  const reloaded = await preview.reload();
  expect(reloaded?.headers()["cache-control"]).toContain("no-store");
  await expect(englishSummary(page)).toHaveValue("An unsaved summary.");
  expect((await draftsOf(slug))[0]!.payload.summary.en).toBe("The draft summary.");
  await publicPage.reload();
  await expect(publicPage.getByText("The published summary.")).toBeVisible();

  await page.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");
  await publicPage.reload();
  await expect(publicPage.getByText("An unsaved summary.")).toBeVisible();
  await expect(publicPage.locator("dl")).toContainText("Under construction");
  expect(await draftsOf(slug)).toEqual([]);
  expect(await auditActions(slug)).toEqual(["save-draft", "update"]);
  await expect(page.getByRole("button", { name: "Discard draft" })).toHaveCount(0);
});

test("a discarded draft leaves the public page as it was, and the form shows the published record", async ({
  page,
}) => {
  const slug = await publishedTianfuProject();
  await loadDemoSession(page, "editor.tianfu");
  await page.goto(`/admin/projects/${slug}`);
  await page.getByLabel("Stage").selectOption("operating");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");

  // Saved at 07:30 China time, which is still the day before in UTC: the notice says China time.
  await query(
    `UPDATE "ContentDraft" SET "savedAt" = '2026-11-29T23:30:00Z'
     WHERE "recordId" = (SELECT id FROM "Project" WHERE slug = $1)`,
    [slug],
  );
  await page.reload();
  await expect(
    page.getByText(/saved by Demo Editor \(Tianfu\) on Nov 30, 2026, 7:30\sAM \(China time\)/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Draft discarded: the form shows the published record again.",
  );
  await expect(page.getByLabel("Stage")).toHaveValue("signed");
  await expect(page.getByRole("button", { name: "Discard draft" })).toHaveCount(0);
  expect(await draftsOf(slug)).toEqual([]);
  expect(await auditActions(slug)).toEqual(["save-draft", "discard-draft"]);
  expect(await (await page.request.get(`/en/projects/${slug}`)).text()).toContain("Signed");
});

test("a change of the public record since the draft was saved makes publishing it a conflict, shown side by side", async ({
  page,
}) => {
  const slug = await publishedTianfuProject();
  await loadDemoSession(page, "editor.tianfu");
  await page.goto(`/admin/projects/${slug}`);
  await page.getByLabel("Stage").selectOption("operating");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  // Someone changes the public record in between (as an unpublish, edit and republish would).
  await query(`UPDATE "Project" SET stage = 'opportunity', version = version + 1 WHERE slug = $1`, [slug]);

  await page.getByRole("button", { name: "Publish changes" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(conflict.getByRole("row", { name: /Stage/ })).toHaveText(/Stage\s*Opportunity\s*Operating/);
  await expect(page.getByLabel("Stage")).toHaveValue("operating");
  expect(
    await query(`SELECT 1 FROM "Project" WHERE slug = $1 AND stage = 'opportunity'`, [slug]),
  ).toHaveLength(1);

  // Publishing again is a deliberate choice made with the other change in view.
  await page.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");
  expect(await query(`SELECT 1 FROM "Project" WHERE slug = $1 AND stage = 'operating'`, [slug])).toHaveLength(
    1,
  );
  expect(await draftsOf(slug)).toEqual([]);
});

test("in Chinese: an editor saves a draft and previews an unsaved change", async ({ page }) => {
  const slug = await publishedTianfuProject();
  await loadDemoSession(page, "editor.tianfu");
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh", url: test.info().project.use.baseURL! }]);
  await page.goto(`/admin/projects/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByLabel("阶段").selectOption("operating");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("草稿已保存：在您发布前，公开页面保持不变。");
  await expect(page.getByText(/（北京时间）保存的草稿/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("group", { name: "摘要" }).getByLabel("中文").fill("未保存的摘要。");
  const preview = await openPreview(page, "预览");
  await expect(preview.getByText("未保存的摘要。")).toBeVisible();
  await expect(preview.getByText("这是您表单中尚未保存的内容")).toBeVisible();
  await expectNoAxeViolations(preview);
  await expect(page.getByRole("group", { name: "摘要" }).getByLabel("中文")).toHaveValue("未保存的摘要。");
  expect(
    (await query(`SELECT 1 FROM "Project" WHERE slug = $1 AND summary->>'zh' = '已发布的摘要。'`, [slug]))
      .length,
  ).toBe(1);
});

test("in Chinese: a preview with invalid fields is a page in the staff frame naming them, and keeps the form", async ({
  page,
}) => {
  const slug = await publishedTianfuProject();
  await loadDemoSession(page, "editor.tianfu");
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh", url: test.info().project.use.baseURL! }]);
  await page.goto(`/admin/projects/${slug}`);
  await page.getByRole("group", { name: "摘要" }).getByLabel("中文").fill("未保存的摘要。");
  // An amount without its currency: the currency select starts on "none".
  await page.getByLabel("金额").fill("12");
  await page.getByLabel("币种").selectOption("");
  const preview = await openPreview(page, "预览");
  await expect(preview).toHaveURL(/\/preview\?invalid=currency$/);
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("无法显示预览");
  await expect(preview.getByText("请检查以下字段：币种。")).toBeVisible();
  await expect(preview.getByRole("navigation", { name: "工作人员" })).toBeVisible();
  await expect(preview.getByRole("link", { name: "返回编辑" })).toHaveAttribute(
    "href",
    `/admin/projects/${slug}`,
  );
  await expect(preview.getByText("errors")).toHaveCount(0);
  await expectNoAxeViolations(preview);
  await expect(page.getByRole("group", { name: "摘要" }).getByLabel("中文")).toHaveValue("未保存的摘要。");

  // Only fields of the kind are named, by their labels: nothing from the address is echoed.
  await preview.goto(
    `/admin/projects/${slug}/preview?invalid=${encodeURIComponent("<b>x</b>,lat,currency")}`,
  );
  await expect(preview.getByText("请检查以下字段：币种。")).toBeVisible();
  await expect(preview.getByText("<b>x</b>")).toHaveCount(0);
});

test("anonymous visitors, viewers and editors of the other area reach neither the draft nor another's preview", async ({
  page,
  browser,
}) => {
  const slug = await publishedTianfuProject();
  await loadDemoSession(page, "editor.tianfu");
  await page.goto(`/admin/projects/${slug}`);
  await page.getByLabel("Stage").selectOption("operating");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  // The edit form's own fields (areas and links repeat), so only what a test changes differs.
  const fields = await page
    .locator("form:has(input[name='revision'])")
    .evaluate((form: HTMLFormElement) => [...new FormData(form)].map(([key, value]) => [key, String(value)]));
  const form = (changes: Record<string, string> = {}) => {
    const data = new FormData();
    for (const [key, value] of fields) if (!(key! in changes)) data.append(key!, value!);
    for (const [key, value] of Object.entries(changes)) data.append(key, value);
    return data;
  };
  const forged = { "summary.en": "Forged summary." };
  await englishSummary(page).fill("The editor's secret summary.");
  const preview = await openPreview(page);
  const previewPath = new URL(preview.url()).pathname + new URL(preview.url()).search;
  const base = test.info().project.use.baseURL!;
  const countPreviews = async () =>
    Number(
      (
        await query<{ n: string }>(
          `SELECT count(*) AS n FROM "ContentPreview" v JOIN "Project" p ON p.id = v."recordId" WHERE p.slug = $1`,
          [slug],
        )
      )[0]!.n,
    );

  // Anonymous: the login, for the preview and for posting one.
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto(previewPath);
  await expect(anonymousPage).toHaveURL(/\/admin\/login$/);
  const before = await countPreviews();
  const posted = await anonymous.request.post(`/admin/projects/${slug}/previews`, {
    multipart: form(forged),
    headers: { origin: base },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(303);
  expect(posted.headers().location).toContain("/admin/login");
  await anonymous.close();

  // A viewer: the published values (the draft stays hidden), no saving, not another's preview, but
  // a preview of their own.
  const viewer = await (await browser.newContext()).newPage();
  await loadDemoSession(viewer, "viewer");
  await viewer.goto(`/admin/projects/${slug}`);
  await expect(viewer.getByLabel("Stage")).toHaveValue("signed");
  await expect(viewer.getByText("only editors of its area see them")).toBeVisible();
  await expect(viewer.getByRole("button", { name: /Save|Publish|Discard/ })).toHaveCount(0);
  expect((await viewer.goto(previewPath))?.status()).toBe(404);
  await expect(viewer.getByText("The editor's secret summary.")).toHaveCount(0);
  const own = await viewer.request.post(`/admin/projects/${slug}/previews`, {
    multipart: form(forged),
    headers: { origin: base },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
  await viewer.goto(own.headers().location!);
  await expect(viewer.getByText("Forged summary.")).toBeVisible();

  // An editor of Liangjiang: no draft, no preview of a Tianfu project, no form posted from elsewhere.
  const liangjiang = await (await browser.newContext()).newPage();
  await loadDemoSession(liangjiang, "editor.liangjiang");
  await liangjiang.goto(`/admin/projects/${slug}`);
  await expect(liangjiang.getByLabel("Stage")).toHaveValue("signed");
  await expect(liangjiang.getByRole("button", { name: "Preview" })).toHaveCount(0);
  expect((await liangjiang.goto(previewPath))?.status()).toBe(404);
  const refused = await liangjiang.request.post(`/admin/projects/${slug}/previews`, {
    multipart: form(forged),
    headers: { origin: base },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  const crossSite = await page.request.post(`/admin/projects/${slug}/previews`, {
    multipart: form(forged),
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);

  // Bad input: 400, nothing kept.
  for (const bad of [
    { stage: "finished" },
    { amount: "12", currency: "" },
    { "name.en": "" },
    { "__proto__.polluted": "1" },
  ] as Record<string, string>[]) {
    const answer = await page.request.post(`/admin/projects/${slug}/previews`, {
      multipart: form(bad),
      headers: { origin: base },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(400);
  }
  const notAForm = await page.request.post(`/admin/projects/${slug}/previews`, {
    data: "{",
    headers: { origin: base, "content-type": "multipart/form-data; boundary=x" },
    maxRedirects: 0,
  });
  expect(notAForm.status()).toBe(400);
  expect(await countPreviews()).toBe(before + 1);
  expect(await query(`SELECT 1 FROM "Project" WHERE slug = $1 AND stage = 'signed'`, [slug])).toHaveLength(1);
});
