import type { Page } from "@playwright/test";
import { query } from "../database";

/**
 * A published project of the calling test alone, copied from the seeded project `fromSlug` (its
 * area and description), at stage "signed" with the summary "The published summary." /
 * "已发布的摘要。"; answers its slug.
 */
export async function publishedProjectCopy(fromSlug: string) {
  const slug = `e2e-drafts-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await query(
    `INSERT INTO "Project" (id, slug, "areaId", name, summary, description, stage, status, "updatedAt")
     SELECT 'e2e' || md5(random()::text), $1, "areaId",
            jsonb_build_object('en', 'Draft journey ' || $1, 'zh', '草稿流程 ' || $1),
            jsonb_build_object('en', 'The published summary.', 'zh', '已发布的摘要。'), description, 'signed', 'published', now()
     FROM "Project" WHERE slug = $2`,
    [slug, fromSlug],
  );
  return slug;
}

/** Clicks the edit form's Preview button (named `name` in the page's language) and answers the tab it opens. */
export async function openPreview(page: Page, name = "Preview") {
  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("button", { name }).click(),
  ]);
  await tab.waitForLoadState();
  return tab;
}
