import type { Page } from "@playwright/test";
import { projectCopy } from "./test-data";

/**
 * A published project of the calling test alone, copied from the seeded project `fromSlug` (its
 * area and description), at stage "signed" with the summary "The published summary." /
 * "已发布的摘要。"; answers its slug.
 */
export async function publishedProjectCopy(fromSlug: string) {
  const slug = `e2e-drafts-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await projectCopy(fromSlug, {
    slug,
    name: { en: `Draft journey ${slug}`, zh: `草稿流程 ${slug}` },
    summary: { en: "The published summary.", zh: "已发布的摘要。" },
    stage: "signed",
    status: "published",
  });
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
