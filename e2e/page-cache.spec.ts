import { expect, test, type Browser } from "@playwright/test";
import { request } from "node:http";
import { watchCspViolations } from "./csp";
import { startCluster } from "./support/cluster";

// The public-page HTML cache of server.ts (apps/web/src/server/page-cache.ts) against the real
// server: fresh nonces on hits, who may get a stored page, what is never stored, invalidation on
// every instance, and its bound. `x-page-cache` says hit or miss on cacheable pages only.
const cacheState = (response: Response) => response.headers.get("x-page-cache");
const probe = () => `probe=${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
/** A request whose answer is read to its end, as a browser would: only a complete response is stored. */
const visit = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response;
};
const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test.describe("the page cache on one instance", () => {
  test("two hits carry different nonces, each matching its own header; scripts run without CSP violations", async ({
    page,
    baseURL,
  }) => {
    const path = `/en/parks?${probe()}`;
    expect(cacheState(await visit(`${baseURL}${path}`))).toBe("miss");
    // Uncompressed, to compare Content-Length with the HTML (gzip per answer: page-cache-http.test.ts).
    const plain = { headers: { "accept-encoding": "identity" } };
    const hits = await Promise.all([fetch(`${baseURL}${path}`, plain), fetch(`${baseURL}${path}`, plain)]);
    const nonces: string[] = [];
    for (const hit of hits) {
      expect(hit.status).toBe(200);
      expect(cacheState(hit)).toBe("hit");
      const nonce = nonceOf(hit.headers.get("content-security-policy"))!;
      const html = await hit.text();
      expect(hit.headers.get("content-encoding")).toBeNull();
      expect(Number(hit.headers.get("content-length"))).toBe(Buffer.byteLength(html));
      const attributes = [...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]);
      expect(attributes.length).toBeGreaterThan(3);
      expect(new Set(attributes)).toEqual(new Set([nonce]));
      const linked = [...(hit.headers.get("link") ?? "").matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(linked)).toEqual(new Set([nonce]));
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(hits[0]!.headers.get("x-request-id")).not.toBe(hits[1]!.headers.get("x-request-id"));

    const violations = watchCspViolations(page);
    for (let visit = 0; visit < 2; visit++) {
      const response = await page.goto(path);
      expect(response!.headers()["x-page-cache"]).toBe("hit");
      // Next.js's inline bootstrap ran (nonce accepted) and its client runtime started.
      await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
    }
    // A client-side navigation works from a cached page (flight data, not the stored HTML).
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
    await expect(page).toHaveURL(/\/en\/projects$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("HEAD is answered from a stored GET, and never stores one itself", async ({ baseURL }) => {
    const url = `${baseURL}/en/news?${probe()}`;
    const head = await fetch(url, { method: "HEAD" });
    expect(cacheState(head)).toBe("miss");
    expect(cacheState(await visit(url))).toBe("miss");
    const get = await fetch(url);
    const headHit = await fetch(url, { method: "HEAD" });
    expect(cacheState(headHit)).toBe("hit");
    expect(headHit.headers.get("content-length")).toBe(String(Buffer.byteLength(await get.text())));
    expect(await headHit.text()).toBe("");
  });

  test("a 404, a redirect and a POST are never stored", async ({ baseURL }) => {
    for (let i = 0; i < 2; i++) {
      const missing = await fetch(`${baseURL}/en/parks/no-such-park-${i}x`);
      expect(missing.status).toBe(404);
      expect(cacheState(await visit(missing.url))).toBe("miss");
    }
    // The comparison turns repeated parameters into its short form with a redirect.
    const redirecting = `${baseURL}/en/compare?parks=guoyuan-bonded-logistics-center&parks=tianfu-bonded-logistics-center&${probe()}`;
    for (let i = 0; i < 2; i++) {
      const response = await fetch(redirecting, { redirect: "manual" });
      expect(response.status).toBeGreaterThanOrEqual(300);
      expect(response.status).toBeLessThan(400);
      expect(cacheState(response)).not.toBe("hit");
    }
    const posted = `${baseURL}/en/policies?${probe()}`;
    const post = await visit(posted, { method: "POST", body: "a=1" });
    expect(post.status).toBeLessThan(500);
    expect(cacheState(await visit(posted))).toBe("miss");
  });

  test("forged Host, X-Forwarded-*, Accept-Language, cookies and repeated parameters do not reach another visitor", async ({
    baseURL,
  }) => {
    const path = `/en/parks?area=tianfu&${probe()}`;
    const forged = await rawGet(`${baseURL}${path}`, {
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.9",
      forwarded: "host=evil.example;proto=https",
      "accept-language": "zh-CN",
      cookie: "NEXT_LOCALE=zh; next-auth.csrf-token=evil",
    });
    expect(forged).toBe("miss");
    const plain = await fetch(`${baseURL}${path}`);
    expect(cacheState(plain)).toBe("hit");
    const html = await plain.text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain('<html lang="en"');
    expect(html).toContain(`<link rel="canonical" href="${baseURL}/en/parks`);
    // Over plain HTTP from an untrusted client: no HSTS, whatever X-Forwarded-Proto said.
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    // The locale cookie the forged request was given is not replayed as stored; it follows this request.
    expect(plain.headers.get("set-cookie")).toBe("NEXT_LOCALE=en; Path=/; SameSite=lax");
    const remembered = await fetch(`${baseURL}${path}`, { headers: { cookie: "NEXT_LOCALE=en" } });
    expect(cacheState(remembered)).toBe("hit");
    expect(remembered.headers.get("set-cookie")).toBeNull();
    // Repeated or extra parameters are other pages, never the stored one.
    const polluted = await fetch(`${baseURL}${path}&area=liangjiang`);
    expect(cacheState(polluted)).toBe("miss");
    // Next.js's client router asks the same URL for flight data: never the stored HTML.
    const flight = await fetch(`${baseURL}${path}`, { headers: { rsc: "1" } });
    expect(flight.headers.get("content-type")).toContain("text/x-component");
    expect(cacheState(flight)).toBeNull();
  });
});

test.describe("staff and anonymous visitors", () => {
  test("a signed-in staff member never gets a stored page, and what they get is never stored", async ({
    browser,
    baseURL,
  }) => {
    const staff = await signedIn(browser, baseURL!);
    const stored = `/en/policies?${probe()}`;
    expect(cacheState(await visit(`${baseURL}${stored}`))).toBe("miss");
    expect(cacheState(await visit(`${baseURL}${stored}`))).toBe("hit");
    const staffView = await staff.request.get(stored);
    expect(staffView.status()).toBe(200);
    expect(staffView.headers()["x-page-cache"]).toBeUndefined();

    // The staff member's render of a fresh URL is not kept for the next anonymous visitor.
    const fresh = `/en/projects?${probe()}`;
    expect((await staff.request.get(fresh)).headers()["x-page-cache"]).toBeUndefined();
    expect(cacheState(await visit(`${baseURL}${fresh}`))).toBe("miss");

    // The preview (staff only, per author) is never cached: anonymous visitors are turned away.
    const staffPage = await staff.newPage();
    await staffPage.goto("/admin/projects/tianqi-lithium-global-rd-center");
    const [preview] = await Promise.all([
      staff.waitForEvent("page"),
      staffPage.getByRole("button", { name: "Preview" }).click(),
    ]);
    await expect(preview.getByText("Preview (staff only).")).toBeVisible();
    const previewUrl = new URL(preview.url());
    for (const method of ["GET", "HEAD"]) {
      const anonymous = await fetch(`${baseURL}${previewUrl.pathname}${previewUrl.search}`, {
        method,
        redirect: "manual",
      });
      expect(anonymous.status).not.toBe(200);
      expect(cacheState(anonymous)).toBeNull();
    }
    await staff.close();
  });
});

/** A GET through node:http, which sends Host and every other header exactly as given; its x-page-cache. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<string | undefined>((resolve, reject) => {
    request(url, { headers }, (response) => {
      response.resume().on("end", () => resolve(response.headers["x-page-cache"]?.toString()));
    })
      .on("error", reject)
      .end();
  });
}

async function signedIn(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill("admin@inland-gateway.test");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.close();
  return context;
}

test.describe("two instances on one database", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 });
  const syncSeconds = 2;
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // Staff write on A. A checks for changes only on its own staff writes (no interval): what it
    // shows proves that path; B learns of them every CONTENT_SYNC_SECONDS. B keeps 1 MB of pages.
    cluster = await startCluster(
      { OUTBOX_WORKER: "off", LOGIN_FAILURES_PER_IP: "100000" },
      {
        slot: 3,
        perInstance: [
          { CONTENT_SYNC_SECONDS: "0" },
          { CONTENT_SYNC_SECONDS: String(syncSeconds), PAGE_CACHE_MB: "1" },
        ],
      },
    );
  });
  test.afterAll(async () => cluster?.stop());

  test("an unpublish and a publish show on the next request of every instance within CONTENT_SYNC_SECONDS", async ({
    browser,
  }) => {
    const [a, b] = cluster.urls;
    const slug = "tianqi-lithium-global-rd-center";
    const pages = [`/en/projects/${slug}`, "/en/projects?industry=new-energy-lithium"];
    const name = /TIANQI Lithium Global/;
    // Every instance has the pages stored before the change.
    for (const base of [a, b])
      for (const path of pages) {
        await visit(`${base}${path}`);
        expect(cacheState(await visit(`${base}${path}`)), `${base}${path}`).toBe("hit");
      }
    const staff = await signedIn(browser, a);
    const editor = await staff.newPage();
    const shows = async (base: string) => {
      const [record, list] = await Promise.all([fetch(`${base}${pages[0]}`), fetch(`${base}${pages[1]}`)]);
      return record.status === 200 && name.test(await list.text());
    };
    for (const base of [a, b]) expect(await shows(base)).toBe(true);
    const expectEverywhere = async (visible: boolean, since: number) => {
      // Bound: CONTENT_SYNC_SECONDS plus one render of each page; renders take seconds on a busy machine.
      for (const base of [a, b]) {
        await expect
          .poll(() => shows(base), { timeout: (syncSeconds + 4) * 1000, intervals: [100] })
          .toBe(visible);
        console.log(`${base} showed the change after ${Date.now() - since} ms`);
      }
    };

    await editor.goto(`/admin/projects/${slug}`);
    await editor.getByRole("button", { name: "Unpublish" }).click();
    await expect(editor.getByRole("status")).toHaveText(
      "Unpublished: the public no longer sees this record.",
    );
    // The instance that made the change dropped its pages before it answered the staff member.
    expect(await shows(a)).toBe(false);
    let changedAt = Date.now();
    await expectEverywhere(false, changedAt);

    await editor.getByRole("button", { name: "Save and publish" }).click();
    await expect(editor.getByRole("status")).toHaveText("Saved and published: the public page shows it now.");
    expect(await shows(a)).toBe(true);
    changedAt = Date.now();
    await expectEverywhere(true, changedAt);
    await staff.close();
  });

  // 10,000 URLs: src/server/page-cache-http.test.ts (a render of the real build costs too much here).
  test("many distinct URLs: the cache keeps within its cap (1 MB on instance B)", async () => {
    const b = cluster.urls[1];
    const total = 200;
    const url = (i: number) => `${b}/en/privacy?n=${i}`;
    let next = 0;
    let bytes = 0;
    const worker = async () => {
      while (next < total) {
        const response = await fetch(url(next++));
        expect(response.status).toBe(200);
        bytes = Math.max(bytes, (await response.arrayBuffer()).byteLength);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    // At most 1 MB of pages of `bytes` each are kept: the latest few are hits, all others gone.
    const fits = Math.floor((1024 * 1024) / bytes);
    const last: (string | null)[] = [];
    for (let i = total - 1; i >= total - fits - 5; i--) last.push(cacheState(await visit(url(i))));
    const hits = last.filter((state) => state === "hit").length;
    console.log(`${bytes} bytes per page; ${hits} of the last ${last.length} URLs still stored`);
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThanOrEqual(fits);
    expect(cacheState(await visit(url(0)))).toBe("miss");
  });
});
