import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, readOnlyReason } from "./staff-language.ts";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["zh-Hans-CN", "zh"],
    ["ZH-tw", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["en;q=0.5, zh;q=0.8", "zh"],
    ["fr-FR, de;q=0.9", "en"],
    ["zh;q=0, en;q=0.1", "en"],
    ["zhx, enq", "en"],
    ["", "en"],
    [null, "en"],
    ["de, zh;q=0.4, en;q=0.4", "zh"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("readOnlyReason", () => {
  const areas = [{ id: "t", slug: "tianfu" }];
  it("tells viewers it is their role, editors of the other area that it is the area", () => {
    expect(readOnlyReason({ id: "v", role: "viewer", areas }, ["tianfu"])).toBe("role");
    expect(readOnlyReason({ id: "e", role: "editor", areas }, ["liangjiang"])).toBe("area");
    expect(readOnlyReason({ id: "e", role: "editor", areas }, ["tianfu"])).toBeNull();
    expect(readOnlyReason({ id: "a", role: "admin", areas: [] }, [])).toBeNull();
  });
});
