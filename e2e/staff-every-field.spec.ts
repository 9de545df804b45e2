import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { loadDemoSession } from "./support/staff-session";

// Issue 10: every field an investor sees is editable. For each kind, an editor creates a draft
// through the UI, fills in every field, previews, publishes, and the public page shows every
// field in English and Chinese (axe-clean).
test.describe.configure({ timeout: 180_000 });

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
async function bilingual(page: Page, name: string, en: string, zh: string) {
  await group(page, name).getByLabel("English").fill(en);
  await group(page, name).getByLabel("Chinese").fill(zh);
}

/** "New …" → slug, the editor's area, name, what the kind needs → the draft's edit page. */
async function createDraft(page: Page, path: string, slug: string, fill: () => Promise<void>) {
  await page.goto(`/admin/${path}/new`);
  await page.getByLabel("Address (slug)").fill(slug);
  await fill();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/${path}/${slug}$`));
}

/** Saves, checks the preview shows `expected`, then publishes from the edit page. */
async function savePreviewPublish(page: Page, expected: string) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toBeVisible();
  // Preview opens the form as it is in a new tab; this one keeps the form.
  const [preview] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("button", { name: "Preview" }).click(),
  ]);
  await expect(preview.getByText("Preview (staff only).")).toBeVisible();
  await expect(preview.getByText(expected).first()).toBeVisible();
  await preview.close();
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");
}

async function publicPage(page: Page, locale: "en" | "zh", path: string) {
  const response = await page.goto(`/${locale}/${path}`);
  expect(response?.status()).toBe(200);
  await expectNoAxeViolations(page);
}

test("a park: every field from the staff form to its public page, in both languages; its owner and a new source typed in", async ({
  page,
}) => {
  const slug = `e2e-park-${Date.now()}`;
  await loadDemoSession(page, "editor.tianfu");
  await createDraft(page, "parks", slug, async () => {
    await bilingual(page, "Name", `Harbour Park ${slug}`, "港湾园区");
    await page.getByLabel("Type").selectOption("logistics-hub");
  });
  await expectNoAxeViolations(page);
  await bilingual(page, "Summary", "A river port park.", "一个河港园区。");
  await bilingual(page, "Description", "Cranes and warehouses.", "起重机和仓库。");
  const industries = group(page, "Industries");
  await industries.getByRole("checkbox").first().check();
  const industry = (await industries.locator("label").first().innerText()).trim();
  await bilingual(page, "Address", "1 Port Road, Chengdu", "成都市港口路1号");
  await page.getByLabel("Latitude (° N)").fill("30.45");
  await page.getByLabel("Longitude (° E)").fill("104.06");
  await page.getByLabel(/position is approximate/).uncheck();
  await page.getByLabel("Size", { exact: true }).fill("250");
  await page.getByLabel("Size unit").selectOption("ha");
  await page.getByLabel("Source of the size", { exact: true }).selectOption({ index: 1 });
  await bilingual(page, "Rail", "Tianfu freight station", "天府货运站");
  await page.locator("#transport\\.rail\\.distanceKm").fill("3.5");
  await bilingual(page, "Contact: office or person", "Investment office", "投资促进局");
  await page.getByLabel("Contact phone").fill("+86 28 1234 5678");
  await page.getByLabel("Contact e-mail").fill("invest@example.cn");
  await page.getByLabel("Contact WeChat ID").fill("harbour_invest");
  await bilingual(page, "Office hours (China time)", "Mon–Fri 9:00–17:30", "周一至周五 9:00–17:30");
  const policies = group(page, "Policies that apply");
  // Seed records by name: other journeys add draft records to the same lists, which public pages omit.
  await policies.getByRole("checkbox", { name: /Customs-Bank One-Key Pass/ }).check();
  const policy = (
    await policies.locator("label").filter({ hasText: "Customs-Bank One-Key Pass" }).first().innerText()
  ).trim();

  // The owner: the creating editor until handed on; only staff of the park's area are offered.
  const owner = page.getByLabel("Owner", { exact: true });
  await expect(owner.locator("option:checked")).toHaveText("Demo Editor (Tianfu)");
  await expect(owner.locator("option", { hasText: "editor.liangjiang@" })).toHaveCount(0);
  // A new source typed in (plain fields), first with a javascript: address: refused, nothing written.
  const newSourceUrl = page.getByLabel("Source: web address of the new source (http or https)");
  const sourceUrl = `https://example.cn/${slug}`;
  const sourcesAt = async (url: string) =>
    (await query(`SELECT 1 FROM "Source" WHERE url = $1`, [url])).length;
  await bilingual(page, "Source: title of the new source", "Harbour park survey 2026", "港湾园区调查2026");
  await bilingual(page, "Source: publisher of the new source", "Tianfu port office", "天府港务办公室");
  await page.getByLabel("Source: date of the new source").fill("2026-10-01");
  await newSourceUrl.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(newSourceUrl).toHaveAttribute("aria-invalid", "true");
  expect(await sourcesAt("javascript:alert(1)")).toBe(0);
  // Then a good address but an owner forged into the form (the Liangjiang editor): the whole save,
  // the new source included, is refused.
  const [foreignEditor] = await query<{ id: string }>(
    `SELECT id FROM "StaffUser" WHERE email = 'editor.liangjiang@inland-gateway.test'`,
  );
  await newSourceUrl.fill(sourceUrl);
  await owner.evaluate((select: HTMLSelectElement, value) => {
    select.add(new Option(value, value));
    select.value = value;
  }, foreignEditor!.id);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(owner).toHaveAttribute("aria-invalid", "true");
  expect(await sourcesAt(sourceUrl)).toBe(0);
  // Handed to the administrator, with the new source: saved.
  await owner.selectOption({ label: "Demo Administrator" });
  await newSourceUrl.fill(sourceUrl);
  await savePreviewPublish(page, "Investment office");
  await expect(owner.locator("option:checked")).toHaveText("Demo Administrator");
  await expect(page.getByLabel("Source", { exact: true }).locator("option:checked")).toContainText(
    "Harbour park survey 2026",
  );
  await expect(newSourceUrl).toHaveValue("");
  expect(await sourcesAt(sourceUrl)).toBe(1);
  const audits = await query(
    `SELECT 1 FROM "AuditEntry" WHERE entity = 'Park' AND changes ? 'ownerId'
       AND changes->'newSource.sourceId'->'to'->>'url' = $1
       AND "entityId" = (SELECT id FROM "Park" WHERE slug = $2)`,
    [sourceUrl, slug],
  );
  expect(audits).toHaveLength(1);
  await page.goto("/admin/parks?area=tianfu");
  await expect(
    page.getByRole("row", { name: new RegExp(`Harbour Park ${slug}`) }).getByRole("cell", {
      name: "Demo Administrator",
    }),
  ).toBeVisible();

  await publicPage(page, "en", `parks/${slug}`);
  await expect(page.getByRole("link", { name: "+86 28 1234 5678" })).toHaveAttribute(
    "href",
    "tel:+862812345678",
  );
  await expect(page.getByRole("link", { name: "invest@example.cn" })).toHaveAttribute(
    "href",
    "mailto:invest@example.cn",
  );
  for (const shown of [
    "harbour_invest",
    "Mon–Fri 9:00–17:30",
    "Tianfu freight station",
    "(3.5 km)",
    "250 ha",
    "1 Port Road, Chengdu",
    industry,
  ])
    await expect(page.getByText(shown, { exact: false }).first()).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Harbour park survey 2026 (Tianfu port office)" }),
  ).toHaveAttribute("href", sourceUrl);
  // The owner is staff business: not on the public page.
  await expect(page.getByText(/Demo Administrator|admin@inland-gateway/)).toHaveCount(0);
  const listed = page.locator("#policies").locator("..").getByRole("link");
  await expect(page.getByRole("link", { name: policy })).toBeVisible();
  expect(await listed.count()).toBeGreaterThanOrEqual(1);

  await publicPage(page, "zh", `parks/${slug}`);
  for (const shown of [
    "港湾园区",
    "投资促进局",
    "周一至周五 9:00–17:30",
    "天府货运站",
    "3.5 公里",
    "250 公顷",
    "成都市港口路1号",
  ])
    await expect(page.getByText(shown, { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "港湾园区调查2026 (天府港务办公室)" })).toHaveAttribute(
    "href",
    sourceUrl,
  );
  const [row] = await query<{ sizeSqKm: number }>(`SELECT "sizeSqKm" FROM "Park" WHERE slug = $1`, [slug]);
  expect(row!.sizeSqKm).toBe(2.5);
});

test("a project: park, industries, investor, dates and source, public in both languages", async ({
  page,
}) => {
  const slug = `e2e-project-${Date.now()}`;
  await loadDemoSession(page, "editor.liangjiang");
  await createDraft(page, "projects", slug, async () => {
    await bilingual(page, "Name", `Battery plant ${slug}`, "电池工厂");
    await page.getByLabel("Stage").selectOption("signed");
  });
  const parkSelect = page.getByLabel("Park", { exact: true });
  const guoyuanHub = parkSelect
    .locator("option", { hasText: "Guoyuan Port International Logistics Hub" })
    .first();
  await parkSelect.selectOption((await guoyuanHub.getAttribute("value"))!);
  const park = (await page.getByLabel("Park", { exact: true }).locator("option:checked").innerText()).trim();
  await bilingual(page, "Summary", "Cells for cars.", "汽车电池。");
  await bilingual(page, "Description", "A new plant.", "新工厂。");
  await group(page, "Industries").getByRole("checkbox").first().check();
  await bilingual(page, "Investor", "Acme Energy", "艾克米能源");
  await page.getByLabel("Partner country").selectOption("DE");
  await page.getByLabel("Amount").fill("1200000000");
  await page.getByLabel("Currency").selectOption("CNY");
  await page.getByLabel("Signed on").fill("2025-03-01");
  await page.getByLabel("Construction started on").fill("2025-09-01");
  await page.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
  await savePreviewPublish(page, "Acme Energy");

  await publicPage(page, "en", `projects/${slug}`);
  for (const shown of ["Acme Energy", "Construction started", park])
    await expect(page.getByText(shown, { exact: false }).first()).toBeVisible();
  await publicPage(page, "zh", `projects/${slug}`);
  for (const shown of ["电池工厂", "艾克米能源", "开工日期"])
    await expect(page.getByText(shown, { exact: false }).first()).toBeVisible();
});

test("a policy: parks one by one, industries, official link; the park lists it, no other park does", async ({
  page,
}) => {
  const slug = `e2e-policy-${Date.now()}`;
  await loadDemoSession(page, "editor.tianfu");
  await createDraft(page, "policies", slug, async () => {
    await page.getByLabel("Sichuan Tianfu New Area").check();
    await bilingual(page, "Title", `Port rebate ${slug}`, "港口返还");
    await bilingual(page, "Issued by", "Tianfu bureau", "天府局");
    await page.getByLabel("Category").selectOption("tax");
  });
  await bilingual(page, "Summary", "Money back.", "返还资金。");
  await bilingual(page, "Full text", "Article 1.", "第一条。");
  await page.getByLabel("Document number").fill("TF-2026-7");
  await page.getByLabel("Effective from").fill("2026-01-01");
  const parks = group(page, "Parks");
  await parks.getByRole("checkbox", { name: /Tianfu Bonded Logistics Center/ }).check();
  const parkName = (
    await parks.locator("label").filter({ hasText: "Tianfu Bonded Logistics Center" }).first().innerText()
  ).trim();
  await page.getByLabel("Official source link").fill("https://www.example.gov.cn/policy/7");
  await savePreviewPublish(page, "TF-2026-7");

  await publicPage(page, "en", `policies/${slug}`);
  await expect(page.getByRole("link", { name: "Official text of the policy" })).toHaveAttribute(
    "href",
    "https://www.example.gov.cn/policy/7",
  );
  await expect(page.getByRole("link", { name: parkName })).toBeVisible();
  await publicPage(page, "zh", `policies/${slug}`);
  await expect(page.getByRole("link", { name: "政策原文" })).toBeVisible();
  const [linked] = await query<{ slug: string }>(
    `SELECT p.slug FROM "Park" p JOIN "_ParkToPolicy" l ON l."A" = p.id JOIN "Policy" x ON x.id = l."B" WHERE x.slug = $1`,
    [slug],
  );
  await page.goto(`/en/parks/${linked!.slug}`);
  await expect(page.getByRole("link", { name: `Port rebate ${slug}` })).toBeVisible();
  const [other] = await query<{ slug: string }>(
    `SELECT p.slug FROM "Park" p JOIN "Area" a ON a.id = p."areaId" WHERE a.slug = 'tianfu' AND p.status = 'published' AND p.slug <> $1 LIMIT 1`,
    [linked!.slug],
  );
  await page.goto(`/en/parks/${other!.slug}`);
  await expect(page.getByRole("link", { name: `Port rebate ${slug}` })).toHaveCount(0);
});

test("a news item: source, parks and projects it concerns, public in both languages", async ({ page }) => {
  const slug = `e2e-news-${Date.now()}`;
  await loadDemoSession(page, "editor.liangjiang");
  await createDraft(page, "news", slug, async () => {
    await page.getByLabel("Chongqing Liangjiang New Area").check();
    await bilingual(page, "Title", `Port opens ${slug}`, "港口开放");
    await page.getByLabel("Date").fill("2026-11-20");
  });
  await bilingual(page, "Summary", "Ships arrive.", "船舶抵达。");
  await bilingual(page, "Text", "The first ship docked.", "首艘船舶靠港。");
  await page.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
  const parks = group(page, "Parks");
  await parks.getByRole("checkbox", { name: /Guoyuan Bonded Logistics Center/ }).check();
  const parkName = (
    await parks.locator("label").filter({ hasText: "Guoyuan Bonded Logistics Center" }).first().innerText()
  ).trim();
  const projects = group(page, "Projects");
  await projects.getByRole("checkbox", { name: /Yuzui Freight Station/ }).check();
  const projectName = (
    await projects.locator("label").filter({ hasText: "Yuzui Freight Station" }).first().innerText()
  ).trim();
  await savePreviewPublish(page, "The first ship docked.");

  await publicPage(page, "en", `news/${slug}`);
  await expect(page.getByRole("link", { name: parkName })).toBeVisible();
  await expect(page.getByRole("link", { name: projectName })).toBeVisible();
  await publicPage(page, "zh", `news/${slug}`);
  await expect(page.getByText("首艘船舶靠港。")).toBeVisible();
});

test("a link forged into the form (a park of another area) is refused, marked, and nothing is written", async ({
  page,
}) => {
  const slug = `e2e-forged-${Date.now()}`;
  await loadDemoSession(page, "editor.tianfu");
  await createDraft(page, "projects", slug, async () => {
    await bilingual(page, "Name", `Forged ${slug}`, "伪造");
    await page.getByLabel("Stage").selectOption("opportunity");
  });
  await bilingual(page, "Summary", "S.", "摘要。");
  await bilingual(page, "Description", "D.", "介绍。");
  const [foreign] = await query<{ slug: string }>(
    `SELECT p.slug FROM "Park" p JOIN "Area" a ON a.id = p."areaId" WHERE a.slug = 'liangjiang' LIMIT 1`,
  );
  // The form offers Tianfu parks only: add the Liangjiang one as a forged option.
  await page.getByLabel("Park", { exact: true }).evaluate((select: HTMLSelectElement, value) => {
    select.add(new Option(value, value));
    select.value = value;
  }, foreign!.slug);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByLabel("Park", { exact: true })).toHaveAttribute("aria-invalid", "true");
  const [row] = await query<{ parkId: string | null; version: number }>(
    `SELECT "parkId", version FROM "Project" WHERE slug = $1`,
    [slug],
  );
  expect(row).toEqual({ parkId: null, version: 1 });
  const audit = await query(
    `SELECT 1 FROM "AuditEntry" WHERE entity = 'Project' AND action = 'update' AND "entityId" = (SELECT id FROM "Project" WHERE slug = $1)`,
    [slug],
  );
  expect(audit).toHaveLength(0);
});
