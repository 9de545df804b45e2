import { describe, expect, it } from "vitest";
import { bodyRefusal } from "./body-limit";

const fiveMiB = 5 * 1024 * 1024;
const request = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers });

describe("bodyRefusal", () => {
  it("refuses a body without a declared length (chunked)", () => {
    expect(bodyRefusal(request("/api/enquiries", { "transfer-encoding": "chunked" }), fiveMiB)).toBe(411);
  });

  it("refuses a declared length over the route's bound before a byte is read", () => {
    expect(bodyRefusal(request("/api/enquiries", { "content-length": "700000000" }), fiveMiB)).toBe(413);
    expect(bodyRefusal(request("/admin/parks/x", { "content-length": String(300 * 1024) }), fiveMiB)).toBe(
      413,
    );
    const upload = "/api/admin/parks/yufu/images";
    expect(bodyRefusal(request(upload, { "content-length": String(2 * fiveMiB + 70_000) }), fiveMiB)).toBe(
      413,
    );
  });

  it("lets ordinary requests through, and uploads a little over IMAGE_MAX_BYTES to the route's own answer", () => {
    expect(bodyRefusal({ method: "GET", url: "/en", headers: {} }, fiveMiB)).toBeNull();
    expect(bodyRefusal(request("/api/enquiries", { "content-length": "2000" }), fiveMiB)).toBeNull();
    const upload = "/api/admin/parks/yufu/images?x=1";
    expect(bodyRefusal(request(upload, { "content-length": String(fiveMiB) }), fiveMiB)).toBeNull();
    expect(bodyRefusal(request(upload, { "content-length": String(fiveMiB + 70_000) }), fiveMiB)).toBeNull();
  });
});
