import { describe, expect, it } from "vitest";
import {
  PageCache,
  hasStaffSession,
  isCacheablePage,
  isRouterRequest,
  localeCookie,
  needsLocaleCookie,
  pageKey,
  storablePage,
  withNonce,
} from "./page-cache";
import { createNonce, pagePolicy } from "./security-headers";

const rendered = (nonce: string, extra = "") => ({
  status: 200,
  headers: {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": pagePolicy(nonce),
    link: `</a.css>; rel=preload; as="style"; nonce="${nonce}"`,
    "x-request-id": "first-visitor",
    "content-length": 999,
  } as Record<string, string | string[] | number | undefined>,
  body: Buffer.from(`<script nonce="${nonce}">1</script><p>${extra}</p><style nonce="${nonce}"></style>`),
});

const store = (nonce = createNonce(), extra = "") => {
  const { status, headers, body } = rendered(nonce, extra);
  return storablePage("en", status, headers, body)!;
};

describe("page cache: what is stored", () => {
  it("keeps a 200 HTML page and gives every hit its own nonce in the body and every header", () => {
    const old = createNonce();
    const page = store(old);
    const hits = [createNonce(), createNonce()].map((nonce) => ({ nonce, ...withNonce(page, nonce) }));
    for (const hit of hits) {
      const html = hit.body.toString();
      expect(html).not.toContain(old);
      expect(html.match(new RegExp(`nonce="${hit.nonce.replace(/[+/=]/g, "\\$&")}"`, "g"))).toHaveLength(2);
      expect(hit.headers["content-security-policy"]).toBe(pagePolicy(hit.nonce));
      expect(hit.headers.link).toContain(`nonce="${hit.nonce}"`);
      // Per-response headers are not replayed.
      expect(hit.headers["x-request-id"]).toBeUndefined();
      expect(hit.headers["content-length"]).toBeUndefined();
    }
    expect(hits[0]!.nonce).not.toBe(hits[1]!.nonce);
  });

  it("refuses anything but a complete 200 HTML page without cookies, compression or nonce", () => {
    const nonce = createNonce();
    const { headers, body } = rendered(nonce);
    expect(storablePage("en", 404, headers, body)).toBeUndefined();
    expect(storablePage("en", 307, headers, body)).toBeUndefined();
    expect(storablePage("en", 200, { ...headers, "content-type": "text/x-component" }, body)).toBeUndefined();
    expect(storablePage("en", 200, { ...headers, "content-type": "application/json" }, body)).toBeUndefined();
    expect(
      storablePage("en", 200, { ...headers, "set-cookie": "session=abc; HttpOnly" }, body),
    ).toBeUndefined();
    expect(
      storablePage("en", 200, { ...headers, "set-cookie": [localeCookie("en"), "x=1"] }, body),
    ).toBeUndefined();
    // The locale cookie of another language than the page's is not the page's own.
    expect(storablePage("en", 200, { ...headers, "set-cookie": localeCookie("zh") }, body)).toBeUndefined();
    expect(storablePage("en", 200, { ...headers, "content-encoding": "gzip" }, body)).toBeUndefined();
    expect(
      storablePage("en", 200, { ...headers, "content-security-policy": "default-src 'self'" }, body),
    ).toBeUndefined();
    // next-intl's locale cookie (the path's locale, nothing of the visitor) is dropped, not stored.
    const page = storablePage("en", 200, { ...headers, "set-cookie": [localeCookie("en")] }, body);
    expect(page?.headers["set-cookie"]).toBeUndefined();
  });

  it("sets the locale cookie on a hit where next-intl would", () => {
    expect(needsLocaleCookie("en", undefined, undefined)).toBe(true);
    expect(needsLocaleCookie("en", "NEXT_LOCALE=zh", "document")).toBe(true);
    expect(needsLocaleCookie("en", "a=1; NEXT_LOCALE=en", "document")).toBe(false);
    expect(needsLocaleCookie("zh", undefined, "script")).toBe(false);
  });
});

describe("page cache: for whom", () => {
  it("allows only the public page shapes that read nothing of the visitor", () => {
    for (const path of [
      "/en",
      "/zh",
      "/en/parks",
      "/zh/parks/some-park",
      "/en/search",
      "/en/news/x",
      "/en/compare",
    ])
      expect(isCacheablePage(path), path).toBe(true);
    for (const path of [
      "/",
      "/en/",
      "/en/enquiry",
      "/en/enquiry/sent",
      "/en/enquiry/status",
      "/en/compare/csv",
      "/admin",
      "/admin/parks/x/preview",
      "/api/health",
      "/files/images/a.jpg",
      "/_next/static/x.js",
      "/baseline",
      "/fr/parks",
      "/EN/parks",
      "/en//parks",
      "/en/parks/a/b",
      "/en/nothing-here",
    ])
      expect(isCacheablePage(path), path).toBe(false);
  });

  it("recognizes a staff session cookie in any of next-auth's forms, and nothing else", () => {
    expect(hasStaffSession("next-auth.session-token=abc")).toBe(true);
    expect(hasStaffSession("NEXT_LOCALE=en; __Secure-next-auth.session-token=abc")).toBe(true);
    expect(hasStaffSession("a=1;next-auth.session-token.0=abc")).toBe(true);
    expect(hasStaffSession("NEXT_LOCALE=en")).toBe(false);
    expect(hasStaffSession("next-auth.csrf-token=abc")).toBe(false);
    expect(hasStaffSession("x=next-auth.session-token=abc")).toBe(false);
    expect(hasStaffSession(undefined)).toBe(false);
  });

  it("leaves Next.js's client-router and server-action requests to Next.js", () => {
    expect(isRouterRequest({ rsc: "1" })).toBe(true);
    expect(isRouterRequest({ "next-action": "abc" })).toBe(true);
    expect(isRouterRequest({ accept: "text/html" })).toBe(false);
  });

  it("keys by scheme, China day and the URL as requested", () => {
    const keys = new Set([
      pageKey(false, "2026-11-30", "/en/parks"),
      pageKey(true, "2026-11-30", "/en/parks"),
      pageKey(false, "2026-12-01", "/en/parks"),
      pageKey(false, "2026-11-30", "/en/parks?area=tianfu"),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe("page cache: how long and how much", () => {
  it("stays within its cap over 10,000 distinct URLs, dropping the least recently used first", () => {
    const page = store(createNonce(), "x".repeat(2000));
    const cache = new PageCache(1024 * 1024);
    cache.set("hot", page, cache.generation);
    for (let i = 0; i < 10_000; i++) {
      cache.set(`/en/search?q=${i}`, page, cache.generation);
      if (i % 100 === 0) cache.get("hot");
      expect(cache.bytes).toBeLessThanOrEqual(cache.capBytes);
    }
    expect(cache.size).toBeLessThan(cache.capBytes / page.bytes + 1);
    expect(cache.size).toBeGreaterThan(cache.capBytes / page.bytes - 2);
    expect(cache.get("hot")).toBe(page);
    expect(cache.get("/en/search?q=0")).toBeUndefined();
    expect(cache.get("/en/search?q=9999")).toBe(page);
  });

  it("refuses a page larger than an eighth of the cap", () => {
    const cache = new PageCache(8 * 1024);
    expect(cache.set("big", store(createNonce(), "x".repeat(2000)), cache.generation)).toBe(false);
    expect(cache.size).toBe(0);
  });

  it("forgets pages on a drop, and does not store a render that began before it", () => {
    const cache = new PageCache(1024 * 1024);
    const page = store();
    cache.set("a", page, cache.generation);
    const before = cache.generation;
    cache.drop();
    expect(cache.get("a")).toBeUndefined();
    expect(cache.bytes).toBe(0);
    expect(cache.set("b", page, before)).toBe(false);
    expect(cache.get("b")).toBeUndefined();
  });

  it("expires a page after its maximum age", () => {
    const cache = new PageCache(1024 * 1024, 1000);
    const page = store();
    cache.set("a", page, cache.generation);
    expect(cache.get("a", page.storedAt + 999)).toBe(page);
    expect(cache.get("a", page.storedAt + 1001)).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});
