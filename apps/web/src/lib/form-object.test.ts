import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formObject, FormKeyError } from "./form-object";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("formObject", () => {
  it("nests dotted keys so the shared schemas parse them", () => {
    const values = formObject(
      form([
        ["name.en", "Park"],
        ["name.zh", "园区"],
        ["version", "3"],
      ]),
    );
    const parsed = z.object({ name: z.object({ en: z.string(), zh: z.string() }), version: z.string() });
    expect(parsed.parse(values)).toEqual({ name: { en: "Park", zh: "园区" }, version: "3" });
  });

  it.each(["__proto__.polluted", "constructor.prototype.polluted", "a.__proto__", "prototype"])(
    "refuses %s and leaves Object.prototype alone",
    (key) => {
      expect(() => formObject(form([[key, "yes"]]))).toThrow(FormKeyError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("keeps a scalar from turning into an object path (a.b after a)", () => {
    const values = formObject(
      form([
        ["a", "1"],
        ["a.b", "2"],
      ]),
    );
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect((values.a as Record<string, unknown>).b).toBe("2");
  });
});
