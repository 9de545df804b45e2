import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { features } from "./messages";

const dir = path.resolve(import.meta.dirname, "../../messages");
const keys = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];
const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(dir, locale, file), "utf8"));

describe("messages", () => {
  it("exist in English and Chinese with the same keys, none empty", () => {
    const files = readdirSync(path.join(dir, "en"));
    expect(files.map((file) => file.replace(/\.json$/, "")).sort()).toEqual([...features].sort());
    expect(readdirSync(path.join(dir, "zh")).sort()).toEqual([...files].sort());
    for (const file of files) {
      const en = read("en", file);
      const zh = read("zh", file);
      expect(keys(zh).sort(), file).toEqual(keys(en).sort());
      for (const key of keys(zh)) {
        const value = key
          .split(".")
          .reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, zh);
        expect(String(value).trim(), `${file}: ${key}`).not.toBe("");
      }
    }
  });
});
