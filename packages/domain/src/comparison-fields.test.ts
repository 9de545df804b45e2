import { describe, expect, it } from "vitest";
import {
  comparisonCell,
  comparisonFields,
  type ComparablePark,
  type ComparisonLabels,
} from "./comparison-fields.ts";

const park: ComparablePark = {
  type: "bonded-zone",
  sizeSqKm: 394.2,
  lastVerifiedAt: "2024-05-01",
  area: { name: { en: "Liangjiang New Area", zh: "两江新区" } },
  industries: [{ name: { en: "Modern logistics", zh: "现代物流" } }, { name: { en: "Finance", zh: "" } }],
  figures: [
    {
      label: { en: "Imports and exports", zh: "进出口总额" },
      value: 1.75e9,
      unit: "cny",
      period: { en: "2020", zh: "2020年" },
      source: { title: { en: "Hub overview", zh: "枢纽概况" } },
    },
  ],
  transport: [{ mode: "rail", text: { en: "China–Europe trains", zh: "中欧班列" } }],
  policies: [{ title: { en: "Customs facilitation", zh: "通关便利" } }],
};
const labels: ComparisonLabels = {
  parkType: (type) => `type:${type}`,
  transportMode: (mode) => `mode:${mode}`,
  date: (iso) => `date:${iso}`,
};
const texts = (field: (typeof comparisonFields)[number], locale: "en" | "zh", of = park) =>
  comparisonCell(of, field, locale, labels).map((line) => line.text);

describe("comparison fields", () => {
  it("are the same rows in a fixed order: location and kind first, freshness last", () => {
    expect(comparisonFields).toEqual([
      "area",
      "type",
      "size",
      "industries",
      "figures",
      "transport",
      "policies",
      "lastVerified",
    ]);
  });

  it("show each value in the page's language, figures with their period and source", () => {
    expect(texts("area", "zh")).toEqual(["两江新区"]);
    expect(texts("type", "en")).toEqual(["type:bonded-zone"]);
    expect(texts("size", "en")).toEqual(["394.2 km²"]);
    expect(texts("size", "zh")).toEqual(["394.2平方公里"]);
    expect(texts("figures", "en")).toEqual([
      "Imports and exports: CNY 1.75 billion (period: 2020; source: Hub overview)",
    ]);
    expect(texts("figures", "zh")).toEqual(["进出口总额：17.5亿元（统计期：2020年；来源：枢纽概况）"]);
    expect(texts("transport", "zh")).toEqual(["mode:rail：中欧班列"]);
    expect(texts("policies", "en")).toEqual(["Customs facilitation"]);
    expect(texts("lastVerified", "en")).toEqual(["date:2024-05-01"]);
  });

  it("mark a missing translation as an English fallback instead of leaving it blank", () => {
    expect(comparisonCell(park, "industries", "zh", labels)).toEqual([
      { text: "现代物流", isFallback: false },
      { text: "Finance", isFallback: true },
    ]);
  });

  it("leave a row empty, not missing, when a park has nothing for it", () => {
    const bare = { ...park, sizeSqKm: null, lastVerifiedAt: null, figures: [], transport: [], policies: [] };
    for (const field of ["size", "figures", "transport", "policies", "lastVerified"] as const) {
      expect(texts(field, "en", bare)).toEqual([]);
    }
  });
});
