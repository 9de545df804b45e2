import { describe, expect, it } from "vitest";
import { ZSeedIndustry } from "./seed-data.ts";

describe("seed data shapes", () => {
  it("require both languages of every text", () => {
    expect(ZSeedIndustry.safeParse({ slug: "finance", name: { en: "Finance", zh: "金融" } }).success).toBe(
      true,
    );
    expect(ZSeedIndustry.safeParse({ slug: "finance", name: { en: "Finance", zh: "" } }).success).toBe(false);
  });
  it("require readable slugs", () => {
    expect(
      ZSeedIndustry.safeParse({ slug: "Finance Sector", name: { en: "Finance", zh: "金融" } }).success,
    ).toBe(false);
  });
});
