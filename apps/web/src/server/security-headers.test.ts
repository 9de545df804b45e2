import { describe, expect, it } from "vitest";
import { createNonce, isHttps, pagePolicy, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("let scripts run only with the nonce, never inline, and forbid framing", () => {
    const policy = pagePolicy("abc123");
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("send HSTS only when the visitor came over HTTPS", () => {
    expect(isHttps("http:", null, undefined)).toBe(false);
    expect(isHttps("http:", null, "http://localhost:3000")).toBe(false);
    expect(isHttps("https:", null, undefined)).toBe(true);
    expect(isHttps("http:", "https, http", undefined)).toBe(true);
    expect(isHttps("http:", "http", "https://portal.example")).toBe(true);
    expect(securityHeaders({ policy: "x", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ policy: "x", https: true })["Strict-Transport-Security"]).toMatch(/^max-age=/);
  });

  it("make a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
