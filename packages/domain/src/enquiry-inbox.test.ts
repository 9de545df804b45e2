import { describe, expect, it } from "vitest";
import { parseEnquiryFilter, ZEnquiryNote, ZEnquiryStatusChange, ZDay } from "./enquiry-inbox.ts";

describe("inbox filters", () => {
  it("reads each filter from the URL", () => {
    expect(
      parseEnquiryFilter({
        status: "new",
        area: "liangjiang",
        country: "DE",
        assignee: "me",
        from: "2026-01-01",
        to: "2026-12-31",
        q: "  Schmidt ",
        page: "2",
      }),
    ).toEqual({
      status: "new",
      area: "liangjiang",
      country: "DE",
      assignee: "me",
      from: "2026-01-01",
      to: "2026-12-31",
      q: "Schmidt",
      page: 2,
    });
  });

  it("drops values that make no sense instead of failing", () => {
    expect(
      parseEnquiryFilter({
        status: "lost",
        area: "x",
        country: "XX",
        from: "2026-02-30",
        to: "",
        q: "",
      }),
    ).toEqual({ page: 1 });
    expect(parseEnquiryFilter({ from: "2026-13-45", to: "yesterday", assignee: "" })).toEqual({ page: 1 });
  });

  it("refuses a malformed page number, so that the inbox answers 404", () => {
    expect(parseEnquiryFilter({ status: "new", page: "-1" })).toBeNull();
  });
});

describe("inbox actions", () => {
  it("refuses an empty or over-long note", () => {
    const reference = "IG-2026-000001";
    expect(ZEnquiryNote.safeParse({ reference, body: "  " }).success).toBe(false);
    expect(ZEnquiryNote.safeParse({ reference, body: "x".repeat(5001) }).success).toBe(false);
    expect(ZEnquiryNote.parse({ reference: " ig-2026-000001 ", body: "Call back" }).reference).toBe(
      reference,
    );
  });

  it("refuses an unknown status and reads the version from form text", () => {
    expect(
      ZEnquiryStatusChange.safeParse({ reference: "IG-2026-000001", to: "lost", version: 1 }).success,
    ).toBe(false);
    expect(
      ZEnquiryStatusChange.parse({ reference: "IG-2026-000001", to: "closed", version: "3" }).version,
    ).toBe(3);
  });
});

describe("ZDay", () => {
  it("takes real days of 1900–2999 and nothing PostgreSQL would refuse", () => {
    for (const day of ["2026-11-30", "1900-01-01", "2999-12-31"])
      expect(ZDay.safeParse(day).success).toBe(true);
    for (const day of [
      "0000-01-01",
      "0001-01-01",
      "9999-12-31",
      "2026-02-30",
      "2026-1-1",
      "2026-11-30\u0000",
    ])
      expect(ZDay.safeParse(day).success).toBe(false);
  });
});
