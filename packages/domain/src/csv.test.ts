import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("quotes only fields that need it and ends every row with CRLF", () => {
    expect(
      toCsv([
        ["园区", "Size"],
        ["a, b", 'say "hi"'],
        ["two\nlines", "plain"],
      ]),
    ).toBe('园区,Size\r\n"a, b","say ""hi"""\r\n"two\nlines",plain\r\n');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(toCsv([["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "a=b"]])).toBe(
      "'=HYPERLINK(1),'+1,'-2,'@SUM(A1),a=b\r\n",
    );
  });
});
