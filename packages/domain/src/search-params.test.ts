import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxPage, parsePage } from "./search-params.ts";

describe("parsePage", () => {
  it("reads no page parameter as the first page and a plain number as itself", () => {
    expect(parsePage({})).toBe(1);
    expect(parsePage({ page: "1" })).toBe(1);
    expect(parsePage({ page: "999" })).toBe(999);
    expect(parsePage({ page: String(maxPage) })).toBe(maxPage);
  });

  it("refuses what is not a page number as the list's links write it", () => {
    for (const page of ["abc", "-1", "0", "02", "1e3", "2.0", " 2", "0x10", "", "99999999999999999999"]) {
      expect(parsePage({ page }), page).toBeNull();
    }
    expect(parsePage({ page: String(maxPage + 1) })).toBeNull();
    expect(parsePage({ page: ["1", "2"] })).toBeNull();
  });

  it("accepts exactly the decimal integers 1 … maxPage, whatever else is typed", () => {
    fc.assert(
      fc.property(fc.string(), (page) => {
        const parsed = parsePage({ page });
        const n = Number(page);
        const valid = String(n) === page && Number.isInteger(n) && n >= 1 && n <= maxPage;
        expect(parsed).toBe(valid ? n : null);
      }),
    );
  });
});
