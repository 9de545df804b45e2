import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { query } from "../database";

// Checks that a staff page speaks Chinese: the staff catalogues, and the English UI text a
// Chinese page must not show.

export type Messages = { [key: string]: string | Messages };
const catalogue = (locale: "en" | "zh") =>
  (JSON.parse(readFileSync(`apps/web/messages/${locale}/admin.json`, "utf8")) as { admin: Messages }).admin;
/** The staff catalogues (`apps/web/messages/{en,zh}/admin.json`, under `admin`). */
export const en = catalogue("en");
export const zh = catalogue("zh");
/** The message at a dotted path ("content.create.submit") of a catalogue, unformatted. */
export const text = (messages: Messages, path: string) =>
  path.split(".").reduce<string | Messages>((m, k) => (m as Messages)[k]!, messages) as string;

/**
 * The words of four or more Latin letters a reader sees on the page (and a screen reader hears),
 * outside what is marked as English (`lang="en"`: English content shown as a fallback, the
 * language switch's own label) and outside form values: on a Chinese page, UI text in English.
 * With `content: false`, also outside the row headings of tables (record names, which may hold
 * Latin words in their Chinese form: "成都Aoyun（音译）供应链").
 */
function englishWords(page: Page, { content = true } = {}) {
  return page.locator("body").evaluate((body, content) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest("script, style, template, [hidden]")) continue;
      if (parent.closest("[lang]")?.getAttribute("lang")?.startsWith("en")) continue;
      if (!content && parent.closest('th[scope="row"]')) continue;
      words.push(...(node.textContent!.match(/[A-Za-z]{4,}/g) ?? []));
    }
    for (const element of body.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
      if (element.closest("[lang]")?.getAttribute("lang")?.startsWith("en")) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"])
        words.push(...(element.getAttribute(name)?.match(/[A-Za-z]{4,}/g) ?? []));
    }
    return [...new Set(words)];
  }, content);
}

/** Words of the English staff catalogue that its Chinese twin does not use: English UI text. */
const words = (messages: Messages): string[] =>
  Object.values(messages).flatMap((v) =>
    typeof v === "string" ? (v.match(/[A-Za-z]{4,}/g) ?? []) : words(v),
  );
const zhWords = new Set(words(zh));
const catalogueOnlyEnglish = new Set(words(en).filter((word) => !zhWords.has(word)));

/**
 * Latin words of content and data, which a Chinese page shows as they are: staff names and e-mail
 * addresses, enquiries, sources, and the Chinese and English values of every record's texts (a record
 * without Chinese shows its English) ("成都Aoyun（音译）
 * 供应链"). Read afresh for each page, since journeys running alongside add records.
 */
async function contentWords() {
  const zhTexts = (table: string) =>
    `SELECT jsonb_path_query(to_jsonb(t), 'strict $.**.zh') #>> '{}' FROM "${table}" t`;
  const [row] = await query<{ text: string }>(
    `SELECT string_agg(v, ' ') AS text FROM (
       SELECT concat_ws(' ', name, email) AS v FROM "StaffUser"
       UNION ALL SELECT concat_ws(' ', reference, name, email, company, message) FROM "Enquiry"
       UNION ALL SELECT to_jsonb(s)::text FROM "Source" s
       ${["Area", "Park", "Project", "Policy", "NewsItem", "Figure", "Industry", "Image"]
         .map((table) => `UNION ALL ${zhTexts(table)} UNION ALL ${zhTexts(table).replace(".zh'", ".en'")}`)
         .join(" ")}
     ) x`,
  );
  return new Set(row!.text.match(/[A-Za-z]{4,}/g));
}
// File formats, named the same in Chinese.
const sameInChinese = new Set(["JPEG", "WebP"]);
/** English UI text on a Chinese page: words of the English catalogue, and any Latin word but content's. */
export async function uiEnglish(page: Page) {
  const seen = [
    ...(await englishWords(page)).filter((word) => catalogueOnlyEnglish.has(word)),
    ...(await englishWords(page, { content: false })).filter((word) => !/^[a-z]+$/.test(word)),
  ];
  const content = await contentWords();
  return seen.filter((word) => !sameInChinese.has(word) && !content.has(word));
}

/**
 * The staff page as it is now is in Chinese (`lang="zh-CN"`, the staff navigation, no English UI
 * text) and axe-clean; `label` names the page in a failure.
 */
export async function expectChineseStaffPage(page: Page, label = page.url()) {
  await expect(page.locator("html"), label).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("navigation", { name: text(zh, "nav") }), label).toBeVisible();
  expect(await uiEnglish(page), label).toEqual([]);
  await expectNoAxeViolations(page);
}
