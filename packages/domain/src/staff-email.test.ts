import { describe, expect, it } from "vitest";
import { normaliseStaffEmail, ZStaffEmail } from "./staff-email.ts";
import { ZLoginInput, ZStaffUserInput } from "./staff-input.ts";

describe("staff e-mail normalisation", () => {
  it("trims and lower-cases A–Z, for accounts and for the login alike", () => {
    expect(ZStaffEmail.parse("  Li.Na@Inland-Gateway.TEST ")).toBe("li.na@inland-gateway.test");
    expect(ZLoginInput.parse({ email: " VIEWER@Inland-Gateway.test", password: "x" }).email).toBe(
      "viewer@inland-gateway.test",
    );
    const account = { name: "Li Na", role: "viewer", email: "Li.Na@Example.CN" };
    expect(ZStaffUserInput.parse(account).email).toBe("li.na@example.cn");
  });

  it("folds nothing beyond ASCII, so look-alikes never reach an ASCII account", () => {
    // KELVIN SIGN and dotted capital I lower-case to ASCII-ish letters under full Unicode rules.
    expect(normaliseStaffEmail("\u212Aim@example.cn")).toBe("\u212Aim@example.cn");
    expect(normaliseStaffEmail("\u0130nfo@example.cn")).toBe("\u0130nfo@example.cn");
    expect(ZStaffEmail.safeParse("\u212Aim@example.cn").success).toBe(false);
  });

  it("refuses wildcards and anything that is not an address for a new account", () => {
    for (const email of ["admin%", "viewer@inland-gateway.tes_", "a b@example.cn", "x".repeat(250) + "@a.cn"])
      expect(ZStaffEmail.safeParse(email).success, email).toBe(false);
  });
});
