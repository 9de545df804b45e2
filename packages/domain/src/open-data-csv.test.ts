import { describe, expect, it } from "vitest";
import { openDataCsv } from "./open-data-csv.ts";
import type { TIndustryRecord } from "./open-data-records.ts";

const industry = (name: TIndustryRecord["name"]): TIndustryRecord => ({
  slug: "automobile",
  pageUrls: { en: "https://x.cn/en/industries/automobile", zh: "https://x.cn/zh/industries/automobile" },
  lastVerifiedOn: null,
  updatedAt: "2026-11-30T00:00:00.000Z",
  source: null,
  name,
});

describe("openDataCsv", () => {
  it("starts with a BOM and puts English and Chinese in columns of their own", () => {
    const csv = openDataCsv("industries", [industry({ en: "Automobile", zh: "汽车" })]);
    expect(csv.startsWith("\uFEFFslug,name_en,name_zh,page_url_en,page_url_zh,")).toBe(true);
    expect(csv.split("\r\n")[1]).toMatch(
      /^automobile,Automobile,汽车,https:\/\/x\.cn\/en\/industries\/automobile,/,
    );
  });

  it("neutralises cells a spreadsheet would run as a formula, and quotes commas and quotes", () => {
    const csv = openDataCsv("industries", [industry({ en: '=HYPERLINK("http://evil")', zh: "+1, @SUM" })]);
    const row = csv.split("\r\n")[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`"'+1, @SUM"`);
  });

  it("writes a missing translation as an empty cell", () => {
    const csv = openDataCsv("industries", [industry({ en: "Finance", zh: null })]);
    expect(csv.split("\r\n")[1]).toMatch(/^automobile,Finance,,/);
  });
});
