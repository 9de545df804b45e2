import { describe, expect, it } from "vitest";
import { parseEnquiryFilter, ZEnquiryNote, ZEnquiryStatusChange } from "./enquiry-inbox.ts";

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
        page: "-1",
      }),
    ).toEqual({ page: 1 });
    expect(parseEnquiryFilter({ from: "2026-13-45", to: "yesterday", assignee: "" })).toEqual({ page: 1 });
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
