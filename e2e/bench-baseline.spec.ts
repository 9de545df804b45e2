import { expect, test } from "@playwright/test";
import { startCluster } from "./support/cluster";

// The benchmark's bare page (app/baseline): a static page of the build that only the benchmark
// turns on (BENCH_BASELINE=1). Instance A has it on, instance B is started as production is.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let on: string;
let off: string;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const cluster = await startCluster(
    { OUTBOX_WORKER: "off", CONTENT_SYNC_SECONDS: "0" },
    { slot: 4, perInstance: [{ BENCH_BASELINE: "1" }, {}] },
  );
  [on, off] = cluster.urls;
  stop = cluster.stop;
});
test.afterAll(async () => stop?.());

const bare = "<p>Inland Gateway</p>";

test("without BENCH_BASELINE the bare page and every file of it are a 404, however the path is spelt", async ({
  request,
}) => {
  const spellings = [
    "/baseline",
    "/baseline/",
    "/baseline?_rsc=1",
    "/baseline.rsc",
    "/baseline.segments/_tree.segment.rsc",
    "/%62aseline",
    "/baselin%65",
    "//baseline",
  ];
  for (const path of spellings) {
    const response = await request.get(`${off}${path}`, { headers: { rsc: "1" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(bare);
    const plain = await request.get(`${off}${path}`, { maxRedirects: 0 });
    expect(plain.status(), path).toBe(404);
    expect(await plain.text(), path).not.toContain(bare);
  }
  expect((await request.head(`${off}/baseline`)).status()).toBe(404);
  // The gate is for that page only: the portal around it answers as before.
  expect((await request.get(`${off}/en`)).status()).toBe(200);
});

test("with BENCH_BASELINE=1 it is the prerendered page, served without the proxy's per-request work", async ({
  request,
}) => {
  const first = await request.get(`${on}/baseline`);
  const second = await request.get(`${on}/baseline`);
  expect(first.status()).toBe(200);
  const html = await first.text();
  expect(html).toContain(bare);
  // Rendered once at build: byte for byte the same answer, no nonce, no request id from the proxy.
  expect(await second.text()).toBe(html);
  expect(html).not.toMatch(/\snonce="/);
  expect(first.headers()["x-request-id"]).toBeUndefined();
  // Its scripts carry no nonce, so its policy lets nothing run.
  expect(first.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
});
