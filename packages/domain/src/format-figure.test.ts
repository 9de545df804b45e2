import { describe, expect, it } from "vitest";
import { formatAmount, formatFigure } from "./format-figure.ts";

describe("formatAmount", () => {
  it("counts large CNY amounts in 亿 for Chinese readers and in billions for English ones", () => {
    expect(formatAmount(97_300_000_000, "CNY", "zh")).toBe("973亿元");
    expect(formatAmount(97_300_000_000, "CNY", "en")).toBe("CNY 97.3 billion");
  });
  it("uses 万 and millions below that", () => {
    expect(formatAmount(35_000_000, "CNY", "zh")).toBe("3,500万元");
    expect(formatAmount(35_000_000, "USD", "en")).toBe("US$ 35 million");
  });
});

describe("formatFigure", () => {
  it("puts the qualifier and the unit where each language expects them", () => {
    expect(formatFigure({ value: 13.1, unit: "percent" }, "en")).toBe("13.1%");
    expect(
      formatFigure(
        { value: 100, unit: "count", qualifier: "over", unitLabel: { en: "enterprises", zh: "家企业" } },
        "en",
      ),
    ).toBe("over 100 enterprises");
    expect(
      formatFigure(
        { value: 100, unit: "count", qualifier: "over", unitLabel: { en: "enterprises", zh: "家企业" } },
        "zh",
      ),
    ).toBe("超过100家企业");
    expect(formatFigure({ value: 1930, unit: "sqkm" }, "zh")).toBe("1,930平方公里");
  });
  it("falls back to the English unit label when the Chinese one is missing", () => {
    expect(formatFigure({ value: 3, unit: "count", unitLabel: { en: "trains" } }, "zh")).toBe("3 trains");
  });
});
