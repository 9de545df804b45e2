import { describe, expect, it } from "vitest";
import { loadSeedData } from "./load-seed-data.ts";
import { readSourceTexts } from "./source-texts.ts";

// Every number the source texts state about a new area, park, project or policy is carried by the
// seed data with its source and period: as a figure (its value, or its label such as "rank among
// 82"), or, for a policy, in the policy's title, summary or concrete benefit. The test lists the
// numbers that are neither carried nor explicitly allowed below.

const data = loadSeedData();
const months = "January|February|March|April|May|June|July|August|September|October|November|December";
const scale: Record<string, number> = { billion: 1e9, million: 1e6, 亿: 1e8, 万: 1e4 };

/** What is not a number to carry whatever the text: dates, years, list ordinals, addresses. */
function withoutDatesAndOrdinals(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\d{4}-\d{2}-\d{2}/g, " ")
    .replace(new RegExp(`\\b(${months}) \\d{1,2}(st|nd|rd|th)?\\b`, "g"), " ")
    .replace(
      new RegExp(`\\b\\d{1,2}(st|nd|rd|th)? (and (the )?\\d{1,2}(st|nd|rd|th)? )?of (${months})\\b`, "g"),
      " ",
    )
    .replace(/\d+\s*月\s*(\d+\s*日)?/g, " ")
    .replace(/\(\d\)/g, " ")
    .replace(/(?<![\d.,])(19|20)\d{2}(?!\d|%|\.\d|,\d|[\s-]*(billion|million|亿|万))/g, " ");
}

/** The numbers of a text as written ("15.62 billion", "33.7%", "2992.3 亿") and as values. */
function numbersOf(text: string) {
  const pattern = /(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:[\s-]*(%|billion|million|亿|万))?/g;
  return [...withoutDatesAndOrdinals(text).matchAll(pattern)].map((match) => {
    const base = Number(match[1]!.replace(/,/g, ""));
    const unit = match[2];
    return { written: match[0].trim(), value: unit && unit !== "%" ? base * scale[unit]! : base };
  });
}

/**
 * Numbers in the texts that are not facts to carry, per source, each with the reason. Each entry
 * must still occur in its text (a test below), so the list cannot go stale.
 */
const notFacts: Record<string, { written: string; why: string }[]> = {
  s000: [
    { written: "6.18", why: "the name of the “6.18” shopping festival" },
    { written: "8,000", why: "the distance from Chengdu to the Greenbushes mine, colour in a sentence" },
  ],
  s001: [
    // The news site's page furniture: reporting telephone number, ICP and licence numbers.
    { written: "86", why: "telephone number +86-23-67230470" },
    { written: "23", why: "telephone number +86-23-67230470" },
    { written: "67230470", why: "telephone number +86-23-67230470" },
    { written: "20009753", why: "ICP record 渝ICP备20009753号-2" },
    { written: "2", why: "ICP record 渝ICP备20009753号-2" },
    { written: "50120220004", why: "news licence number" },
  ],
  s003: [
    { written: "500", why: "part of the name “Fortune Global 500”" },
    { written: "86", why: "telephone number +86-23-67230470" },
    { written: "67230470", why: "telephone number +86-23-67230470" },
  ],
  s004: [
    // Chengdu's and Sichuan's foreign trade, Jan–May 2021 (English, then the Chinese original): the
    // city's and province's figures, reported in their news item, not a new area's, park's or project's.
    ...["13.1%", "299.23 billion", "87.8%", "99.27 billion", "9.8%", "29.1%", "2992.3 亿", "992.7 亿"].map(
      (written) => ({ written, why: "Chengdu / Sichuan foreign trade, not a new area's" }),
    ),
    { written: "21", why: "how many enterprises attended a symposium (its news item)" },
    { written: "13", why: "the 13th Five-Year Plan" },
    { written: "20", why: "the 13th Five-Year Plan period (2016-20)" },
    // Regional news outside the two new areas (Guizhou, the Chongqing municipal app, a Chongqing
    // company's loan, Guiyang's farm products): carried in their news items only.
    ...["54.81", "54.81 billion", "9.04 billion", "36", "27", "19", "3.0", "26", "600", "150"].map(
      (written) => ({
        written,
        why: "regional news outside Tianfu and Liangjiang",
      }),
    ),
    ...["90", "110", "50,000", "7,708.52"].map((written) => ({
      written,
      why: "Guiyang and Gui'an farm products",
    })),
  ],
};

function uncarried() {
  const texts = readSourceTexts(data);
  const left: Record<string, string[]> = {};
  for (const source of data.sources) {
    const figures = data.figures.filter((f) => f.source === source.key);
    const policyTexts = data.policies
      .filter((p) => p.source === source.key)
      .map((p) => [p.title.en, p.summary.en, p.benefit?.en ?? ""].join(" "));
    const labels = figures.map((f) => `${f.label.en} ${f.period.en}`);
    const allowed = new Set((notFacts[source.key] ?? []).map((entry) => entry.written));
    const missing = numbersOf(texts.get(source.key)!).filter(
      ({ written, value }) =>
        !allowed.has(written) &&
        !figures.some((f) => Math.abs(f.value - value) <= Math.abs(value) * 1e-9) &&
        ![...labels, ...policyTexts].some((text) => text.includes(written)),
    );
    if (missing.length) left[source.key] = [...new Set(missing.map((n) => n.written))];
  }
  return left;
}

describe("numbers of the source texts", () => {
  it("are all carried by the seed data as figures (or policy benefits), or allowed with a reason", () => {
    expect(uncarried()).toEqual({});
  });

  it("allows only numbers that occur in their text", () => {
    const texts = readSourceTexts(data);
    for (const [key, entries] of Object.entries(notFacts)) {
      const written = new Set(numbersOf(texts.get(key)!).map((n) => n.written));
      for (const entry of entries) expect(written.has(entry.written), `${key}: ${entry.written}`).toBe(true);
    }
  });
});
