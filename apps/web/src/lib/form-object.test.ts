import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formObject, FormInputError } from "./form-object";

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
      expect(() => formObject(form([[key, "yes"]]))).toThrow(FormInputError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("refuses what is not a form (a server action's arguments come from the client)", () => {
    for (const notAForm of [undefined, null, "a=b", { a: "b" }, ["a", "b"]])
      expect(() => formObject(notAForm)).toThrow(FormInputError);
  });

  it("builds plain objects that React can send back to the form", () => {
    const values = formObject(
      form([
        ["toString.en", "x"],
        ["hasOwnProperty", "y"],
      ]),
    );
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(values).toEqual({ toString: { en: "x" }, hasOwnProperty: "y" });
  });

  it("keeps a scalar from turning into an object path (a.b after a)", () => {
    const values = formObject(
      form([
        ["a", "1"],
        ["a.b", "2"],
      ]),
    );
    expect((values.a as Record<string, unknown>).b).toBe("2");
  });
});
