import { describe, expect, it } from "vitest";
import { parsePolicyFilter, policyValidity } from "./policy-filter.ts";

describe("policyValidity", () => {
  it("says plainly whether a policy is in force, expired or not yet in force (dates inclusive)", () => {
    expect(policyValidity("2023-01-01", "2025-12-31", "2025-12-31")).toBe("in-force");
    expect(policyValidity("2023-01-01", "2025-12-31", "2026-01-01")).toBe("expired");
    expect(policyValidity("2027-01-01", null, "2026-11-25")).toBe("not-yet-in-force");
    expect(policyValidity(null, null, "2026-11-25")).toBe("in-force");
  });
});

describe("parsePolicyFilter", () => {
  it("reads the in-force switch and drops unknown values", () => {
    expect(parsePolicyFilter({ inForce: "1", category: "tax", area: "mars" })).toMatchObject({
      inForce: true,
      category: "tax",
      area: undefined,
    });
    expect(parsePolicyFilter({ inForce: "yes" })?.inForce).toBe(false);
  });
});
