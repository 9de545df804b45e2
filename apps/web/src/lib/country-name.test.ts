import { countryCodes } from "@ig/domain";
import { describe, expect, it } from "vitest";
import { countryName } from "./country-name";

describe("countryName", () => {
  it.each([
    ["TW", "Taiwan, China", "中国台湾"],
    ["HK", "Hong Kong SAR, China", "中国香港特别行政区"],
    ["MO", "Macao SAR, China", "中国澳门特别行政区"],
    ["SG", "Singapore", "新加坡"],
    ["CN", "China", "中国"],
  ])("names %s by PRC convention in both languages", (code, en, zh) => {
    expect(countryName(code, "en")).toBe(en);
    expect(countryName(code, "zh")).toBe(zh);
  });

  it("never shows Taiwan, Hong Kong or Macao as a country of its own in any list of countries", () => {
    for (const locale of ["en", "zh"]) {
      const names = countryCodes.map((code) => countryName(code, locale));
      const named = names.filter((name) => /Taiwan|Hong Kong|Macao|Macau|台湾|香港|澳门/.test(name));
      expect(named).toHaveLength(3);
      expect(named.filter((name) => !/, China$|^中国/.test(name))).toEqual([]);
    }
  });
});
