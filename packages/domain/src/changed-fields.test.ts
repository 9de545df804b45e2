import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields.ts";
import { ZProjectEdit } from "./content-kinds/project-kind.ts";

const before = {
  name: { en: "Plant", zh: "工厂" },
  stage: "signed",
  amount: 100 as number | null,
  currency: "CNY" as string | null,
};

describe("changedFields", () => {
  it("lists only the fields that differ, with from and to", () => {
    const after = { ...before, stage: "operating", amount: null, currency: null };
    expect(changedFields(before, after, ["name", "stage", "amount", "currency"])).toEqual({
      stage: { from: "signed", to: "operating" },
      amount: { from: 100, to: null },
      currency: { from: "CNY", to: null },
    });
  });

  it("compares texts deeply and ignores key order", () => {
    const after = { ...before, name: { zh: "工厂", en: "Plant" } };
    expect(changedFields(before, after, ["name", "stage"])).toEqual({});
    const edited = { ...before, name: { en: "Plant", zh: "新工厂" } };
    expect(changedFields(before, edited, ["name"])).toEqual({
      name: { from: before.name, to: { en: "Plant", zh: "新工厂" } },
    });
  });

  it("ignores fields that are not listed or not given", () => {
    expect(changedFields(before, { stage: "operating" }, ["name", "amount"])).toEqual({});
  });
});

describe("ZProjectEdit", () => {
  const form = {
    slug: "p",
    areas: ["tianfu"],
    version: "3",
    name: { en: "Plant", zh: "" },
    summary: { en: "S", zh: "摘要" },
    description: { en: "D", zh: "" },
    stage: "signed",
    amount: "",
    currency: "",
    partnerCountry: "",
  };

  it("reads form strings: a version number, blanks as none", () => {
    expect(ZProjectEdit.parse(form)).toMatchObject({ version: 3, amount: null, partnerCountry: null });
  });

  it("stores a textarea's CRLF line breaks as LF", () => {
    const parsed = ZProjectEdit.parse({ ...form, description: { en: "One\r\nTwo", zh: "一\r二" } });
    expect(parsed.description).toEqual({ en: "One\nTwo", zh: "一\n二" });
  });

  it("refuses an amount without currency, an unknown stage and a missing English name", () => {
    expect(ZProjectEdit.safeParse({ ...form, amount: "5" }).success).toBe(false);
    expect(ZProjectEdit.safeParse({ ...form, stage: "dreaming" }).success).toBe(false);
    expect(ZProjectEdit.safeParse({ ...form, name: { en: " ", zh: "工厂" } }).success).toBe(false);
  });
});
