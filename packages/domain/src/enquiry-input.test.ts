import { describe, expect, it } from "vitest";
import {
  enquiryFieldErrors,
  formatReference,
  parseEnquiryTopics,
  ZEnquiryInput,
  ZReferenceLookup,
} from "./enquiry-input.ts";

const valid = {
  name: "Li Wei",
  email: "li.wei@example.com",
  company: "Example Logistics GmbH",
  country: "DE",
  sizeBand: "10m-100m",
  parks: ["guoyuan-bonded-logistics-center"],
  message: "We plan a regional distribution centre and would like to know about bonded storage.",
  language: "zh",
  consent: true,
};

describe("ZEnquiryInput", () => {
  it("accepts a complete enquiry and defaults the lists", () => {
    const parsed = ZEnquiryInput.parse(valid);
    expect(parsed.projects).toEqual([]);
    expect(parsed.phone).toBeUndefined();
  });

  it("names each wrong field with a message key", () => {
    const result = ZEnquiryInput.safeParse({
      ...valid,
      email: "not-an-email",
      consent: false,
      message: "hi",
      country: "XX",
    });
    expect(result.success).toBe(false);
    expect(enquiryFieldErrors(result.error!)).toEqual({
      email: "email",
      consent: "consent",
      message: "tooShort",
      country: "required",
    });
  });

  it("refuses control characters, line breaks in a name, and overlong text", () => {
    const errors = (input: object) =>
      enquiryFieldErrors(ZEnquiryInput.safeParse({ ...valid, ...input }).error!);
    expect(errors({ name: "Li\u0000Wei" })).toEqual({ name: "invalid" });
    expect(errors({ name: "Li\nWei" })).toEqual({ name: "invalid" });
    expect(errors({ message: "x".repeat(5001) })).toEqual({ message: "tooLong" });
    expect(ZEnquiryInput.safeParse({ ...valid, message: "Line one\nline two is fine." }).success).toBe(true);
  });
});

describe("references", () => {
  it("are IG-year-six digits, and lookups accept them in any case", () => {
    expect(formatReference(2026, 123)).toBe("IG-2026-000123");
    expect(ZReferenceLookup.parse({ reference: " ig-2026-000123 ", email: "a@b.cn" }).reference).toBe(
      "IG-2026-000123",
    );
  });
});

describe("parseEnquiryTopics", () => {
  it("reads single, repeated and comma-separated topics, and drops anything that is not a slug", () => {
    expect(
      parseEnquiryTopics({
        park: ["a-park", "b-park"],
        parks: "b-park,c-park",
        project: "x",
        policy: "<script>",
      }),
    ).toEqual({
      parks: ["a-park", "b-park", "c-park"],
      projects: ["x"],
      policies: [],
    });
  });
});
