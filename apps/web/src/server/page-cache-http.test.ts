import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache, sharedPageCache } from "./page-cache";
import { acceptsGzip, answerFromPageCache, checkContentBeforeStaffAnswer } from "./page-cache-http";
import { createNonce, pagePolicy } from "./security-headers";

// The HTTP glue on a real socket, with a stand-in for Next.js that renders like it does: a fresh
// nonce per render in the CSP and the HTML, the body streamed in chunks (Next.js e2e: e2e/page-cache.spec.ts).
const cap = 256 * 1024;
const cache = new PageCache(cap);
let renders = 0;
let lastAcceptEncoding: string | undefined;

function next(request: IncomingMessage, response: ServerResponse) {
  renders++;
  lastAcceptEncoding = request.headers["accept-encoding"];
  const url = new URL(request.url!, "http://x");
  const nonce = createNonce();
  const status = url.pathname.endsWith("/missing") ? 404 : 200;
  response.statusCode = status;
  response.setHeader("content-security-policy", pagePolicy(nonce));
  if (url.searchParams.has("cookie")) response.setHeader("set-cookie", "tracking=1");
  const html = `<html><script nonce="${nonce}">go()</script>${"x".repeat(Number(url.searchParams.get("size") ?? 3000))}</html>`;
  if (url.searchParams.has("writeHead"))
    response.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  else response.setHeader("content-type", "text/html; charset=utf-8");
  response.write(html.slice(0, 10));
  response.end(html.slice(10));
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    void answerFromPageCache(cache, request, response, {
      timeZone: "Asia/Shanghai",
      siteUrl: "http://x",
    }).then((answered) => {
      if (answered) return;
      checkContentBeforeStaffAnswer(request, response, 300);
      // ?slow: the render takes a while, as a real one under load.
      if (request.url?.includes("slow")) setTimeout(() => next(request, response), 200);
      else next(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${base}${path}`, init);
  return { response, state: response.headers.get("x-page-cache"), body: await response.text() };
};

describe("page cache over HTTP", () => {
  it("renders once, then answers with a fresh nonce in the header and the whole body", async () => {
    const before = renders;
    const first = await get("/en/parks?a=1&writeHead=1");
    const [second, third] = [await get("/en/parks?a=1&writeHead=1"), await get("/en/parks?a=1&writeHead=1")];
    expect([first.state, second.state, third.state]).toEqual(["miss", "hit", "hit"]);
    expect(renders - before).toBe(1);
    // The miss was rendered uncompressed, so that its nonce can be replaced later.
    expect(lastAcceptEncoding).toBeUndefined();
    for (const { response, body } of [second, third]) {
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1]!;
      expect(body).toContain(`<script nonce="${nonce}">`);
      expect(body.length).toBe(first.body.length);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    }
    expect(second.response.headers.get("content-security-policy")).not.toBe(
      third.response.headers.get("content-security-policy"),
    );
  });

  it("sends a stored page gzipped to a client that takes gzip, each answer with its own nonce", async () => {
    const path = "/en/policies?gzip=1&size=20000";
    await get(path);
    const raw = async (acceptEncoding: string) => {
      const response = await new Promise<IncomingMessage>((resolve) =>
        request(`${base}${path}`, { headers: { "accept-encoding": acceptEncoding } }, resolve).end(),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      return { response, body: Buffer.concat(chunks) };
    };
    const zipped = await raw("br, gzip;q=0.8");
    expect(zipped.response.headers["content-encoding"]).toBe("gzip");
    expect(zipped.response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(20000 / 5);
    const html = gunzipSync(zipped.body).toString();
    const nonce = /'nonce-([^']+)'/.exec(String(zipped.response.headers["content-security-policy"]))![1]!;
    expect(html).toContain(`<script nonce="${nonce}">`);
    const plain = await raw("gzip;q=0, identity");
    expect(plain.response.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).not.toContain(nonce);
    expect(plain.body.length).toBe(html.length);
  });

  it("reads Accept-Encoding as RFC 9110 does", () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*;q=0, deflate")).toBe(false);
  });

  it("renders a page once for many visitors asking at the same time", async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/en/map?slow=1")));
    expect(renders - before).toBe(1);
    expect(answers.filter((a) => a.state === "hit")).toHaveLength(19);
    expect(new Set(answers.map((a) => a.response.headers.get("content-security-policy"))).size).toBe(20);
  });

  it("stores nothing that sets a cookie, is not a 200, or was asked by a staff session", async () => {
    for (const path of ["/en/parks?cookie=1", "/en/parks/missing"]) {
      await get(path);
      expect((await get(path)).state).toBe("miss");
    }
    const staff = { headers: { cookie: "next-auth.session-token=x" } };
    expect((await get("/en/news?s=1", staff)).state).toBeNull();
    expect((await get("/en/news?s=1")).state).toBe("miss");
    await get("/en/news?s=2");
    expect((await get("/en/news?s=2", staff)).state).toBeNull();
    expect((await get("/en/enquiry")).state).toBeNull();
  });

  it("keeps within its cap over 10,000 distinct URLs", async () => {
    let next = 0;
    let largest = 0;
    const worker = async () => {
      while (next < 10_000) {
        const { response } = await get(`/en/search?q=${next++}`);
        expect(response.status).toBe(200);
        largest = Math.max(largest, cache.bytes);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(largest).toBeLessThanOrEqual(cap);
    expect(cache.size).toBeGreaterThan(cap / 4000 / 2);
    expect((await get("/en/search?q=9999")).state).toBe("hit");
    expect((await get("/en/search?q=0")).state).toBe("miss");
  }, 60_000);
});

describe("a staff write on this instance", () => {
  it("checks the content version before its answer goes out, and never waits longer than the hold", async () => {
    const checks: string[] = [];
    let finish = 100;
    sharedPageCache().checkContent = async () => {
      checks.push("started");
      await new Promise((resolve) => setTimeout(resolve, finish));
      checks.push("done");
    };
    const staff = { method: "POST", headers: { cookie: "next-auth.session-token=x" } };
    const answered = await get("/admin/projects/x", staff);
    expect(answered.response.status).toBe(200);
    expect(checks).toEqual(["started", "done"]);
    // Anonymous posts (enquiries) and staff reads do not check.
    await get("/api/enquiries", { method: "POST" });
    await get("/admin/projects/x", { headers: staff.headers });
    expect(checks).toHaveLength(2);
    // A check that hangs holds the answer for the hold at most.
    finish = 5000;
    const start = Date.now();
    await get("/admin/projects/x", staff);
    expect(Date.now() - start).toBeLessThan(2000);
    expect(checks).toEqual(["started", "done", "started"]);
    sharedPageCache().checkContent = undefined;
  });
});
