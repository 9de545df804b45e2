import { expect, test, type BrowserContext } from "@playwright/test";
import { query } from "./database";
import { factories } from "./support/test-data";
import type { Who } from "./upkeep-routes";

/**
 * The content forms' server actions (create, edit + publish, delete) posted by one kind of
 * visitor exactly as a browser without JavaScript posts them: the form's fields, its hidden
 * action reference included, are read from the page as an administrator sees it (`forms`, a
 * signed-in admin context without JavaScript), then sent from `context`.
 */
async function formFields(forms: BrowserContext, path: string) {
  const page = await forms.newPage();
  await page.goto(path);
  const form = page.locator("main form").filter({ has: page.locator('input[name^="$ACTION"]') });
  const entries = await form.evaluate((element: HTMLFormElement) =>
    [...new FormData(element)].map(([key, value]) => [key, String(value)] as const),
  );
  await page.close();
  return entries;
}

async function post(
  context: BrowserContext,
  path: string,
  fields: (readonly [string, string])[],
  changes: Record<string, string | string[]>,
) {
  const data = new FormData();
  for (const [key, value] of fields) if (!(key in changes)) data.append(key, value);
  for (const [key, value] of Object.entries(changes)) for (const v of [value].flat()) data.append(key, v);
  return context.request.post(path, {
    headers: { origin: test.info().project.use.baseURL! },
    multipart: data,
    maxRedirects: 0,
  });
}

/** A draft news item of this call alone, linked to the given areas. */
async function draftNews(areas: string[]) {
  const slug = `e2e-matrix-news-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const { createNewsItem, db, areaId } = await factories();
  await createNewsItem(db, {
    slug,
    title: { en: "Matrix news", zh: "矩阵新闻" },
    summary: { en: "Summary", zh: "摘要" },
    body: { en: "Body", zh: "正文" },
    publishedOn: new Date("2026-01-01"),
    status: "draft",
    areaIds: await Promise.all(areas.map(areaId)),
  });
  return slug;
}

const news = async (slug: string) =>
  (
    await query<{ title: { en: string }; status: string; version: number }>(
      `SELECT title, status, version FROM "NewsItem" WHERE slug = $1`,
      [slug],
    )
  )[0];

/**
 * Liangjiang news: its editors and admins may create, edit, publish and delete it; a news item
 * of BOTH areas only admins (an editor must edit every area a record links to); every refusal
 * changes nothing.
 */
export async function expectContentActions(context: BrowserContext, who: Who, forms: BrowserContext) {
  const allowed = who === "rightArea" || who === "admin";
  const created = `e2e-matrix-new-${who.toLowerCase()}-${Date.now()}`;
  await post(context, "/admin/news/new", await formFields(forms, "/admin/news/new"), {
    slug: created,
    areas: "liangjiang",
    "title.en": "Matrix created",
    "title.zh": "矩阵创建",
    publishedOn: "2026-11-20",
  });
  expect(await news(created), `${who} create`).toEqual(
    allowed ? expect.objectContaining({ status: "draft" }) : undefined,
  );

  for (const areas of [["liangjiang"], ["liangjiang", "tianfu"]]) {
    const mayChange = who === "admin" || (allowed && areas.length === 1);
    const slug = await draftNews(areas);
    const path = `/admin/news/${slug}`;
    await post(context, path, await formFields(forms, path), {
      "title.en": `Edited by ${who}`,
      intent: "publish",
    });
    expect(await news(slug), `${who} edit ${areas}`).toEqual(
      mayChange
        ? { title: { en: `Edited by ${who}`, zh: "矩阵新闻" }, status: "published", version: 3 }
        : { title: { en: "Matrix news", zh: "矩阵新闻" }, status: "draft", version: 1 },
    );
    await post(context, `${path}/delete`, await formFields(forms, `${path}/delete`), {});
    expect(await news(slug), `${who} delete ${areas}`).toEqual(mayChange ? undefined : expect.anything());
  }
}
