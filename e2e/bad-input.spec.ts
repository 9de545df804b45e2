import { request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { expect, test } from "@playwright/test";
import { query } from "./database";
import { serverActions } from "./support/fuzz-targets";
import { enquire } from "./support/enquire";
import { loadDemoSession } from "./support/staff-session";

// The examples of issue 9's "bad input gives 5xx" and "Retry always answers 400", as a visitor
// or a member of staff meets them. e2e/fuzz.spec.ts sends thousands more of their kind.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const actionId = (name: string) => serverActions().find((action) => action.name === name)!.actionId!;

test("a path that does not percent-decode is a 400, for pages, API routes and files alike", async ({
  request,
}) => {
  for (const path of [
    "/en/%",
    "/%",
    "/en/parks/%E0%A4%A",
    "/admin/%zz",
    "/api/%",
    "/api/enquiries/%C0%80",
    "/files/images/%",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("请求无效");
  }
});

test("staff date filters outside what PostgreSQL takes are dropped, never a database error", async ({
  page,
}) => {
  await loadDemoSession(page, "admin");
  for (const url of [
    "/admin/enquiries?from=0000-01-01",
    "/admin/enquiries?from=0001-01-01",
    "/admin/enquiries/export?to=0000-01-01",
    "/admin/audit?to=9999-12-31",
  ])
    expect((await page.request.get(url)).status(), url).toBe(200);
});

test("a NUL in a URL is a missing page or an ignored filter, never a database error", async ({ page }) => {
  const publicPaths = ["/en/parks/a%00b", "/en/projects/a%00b", "/zh/policies/a%00b", "/en/industries/x%00"];
  for (const path of publicPaths) expect((await page.request.get(path)).status(), path).toBe(404);
  await loadDemoSession(page, "admin");
  const staffPaths: [string, number][] = [
    ["/admin/enquiries?q=a%00b", 200],
    ["/admin/enquiries/export?q=a%00b", 200],
    ["/admin/audit?actor=%00&entity=a%00b&action=%00", 200],
    ["/admin/parks?area=%00", 200],
    ["/admin/figures?area=%00&park=a&park=b&project=%00", 200],
    ["/admin/figures/a%00b", 404],
    ["/admin/industries/a%00b", 404],
    ["/admin/parks/a%00b", 404],
    ["/admin/parks/a%00b/preview", 404],
    ["/admin/users/a%00b", 404],
    ["/admin/enquiries/IG-2026-%00", 404],
    ["/admin/enquiries/%25", 404],
  ];
  for (const [path, status] of staffPaths) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(status);
  }
});

test("a NUL in a search box finds nothing and says so, instead of dropping the search", async ({ page }) => {
  // Before: the query was dropped, so the inbox (and its CSV) listed every enquiry and the public
  // search showed its empty prompt as if nothing had been asked.
  await enquire(page.request, { company: `Nul ${run} Gamma` });
  await loadDemoSession(page, "admin");
  await page.goto("/admin/enquiries?q=a%00b");
  await expect(page.getByRole("status").filter({ hasText: "No enquiries match." })).toBeVisible();
  await expect(page.locator("#filter-q")).toHaveValue("a\uFFFDb");
  const csv = await (await page.request.get("/admin/enquiries/export?q=a%00b")).text();
  expect(csv).not.toContain(`Nul ${run} Gamma`);
  expect(csv.trim().split("\n")).toHaveLength(1);
  await page.goto("/en/search?q=a%00b");
  await expect(page.getByTestId("result-count")).toHaveText("No results for “a\uFFFDb”");
  await expect(page.getByText("cannot be searched: it contains characters that are not text")).toBeVisible();
  // Last: a Chinese page sets the language the staff pages would then take.
  await page.goto("/zh/search?q=%E9%94%82%00");
  await expect(page.getByText("包含无法识别的字符")).toBeVisible();
  await expect(page.getByRole("region")).toHaveCount(0);
});

test("% and _ in the inbox search are taken literally, in the list and in its CSV", async ({ page }) => {
  await enquire(page.request, { company: `Wildcard ${run} Alpha` });
  await enquire(page.request, { company: `Wildcard ${run} Beta` });
  await loadDemoSession(page, "admin");
  const inbox = async (q: string) =>
    (await page.request.get(`/admin/enquiries?q=${encodeURIComponent(q)}`)).text();
  const csv = async (q: string) =>
    (await page.request.get(`/admin/enquiries/export?q=${encodeURIComponent(q)}`)).text();
  expect(await inbox(`Wildcard ${run} Alpha`)).toContain(`Wildcard ${run} Alpha`);
  // Each of these found both enquiries (or every one, for "%") while the characters were wildcards.
  for (const q of [`Wildcard ${run} %`, `Wildcard ${run} _lpha`, `Wildcard_${run}`]) {
    for (const company of [`${run} Alpha`, `${run} Beta`]) {
      expect(await inbox(q), q).not.toContain(company);
      expect(await csv(q), q).not.toContain(company);
    }
  }
});

test("next-auth's endpoints answer a bad callback URL, body or method with a 4xx", async ({ request }) => {
  const answers = [
    await request.get("/api/auth/session?callbackUrl=%F1%BB%95%AA"),
    await request.get("/api/auth/providers", {
      headers: { cookie: "next-auth.callback-url=javascript:alert(1)" },
    }),
    await request.post("/api/auth/csrf", { headers: { "content-type": "application/json" }, data: "x" }),
    await request.post("/api/auth/session", {
      headers: { "content-type": "application/json" },
      data: "null",
    }),
    await request.get("/api/auth/callback/credentials"),
    // In the body, as the attacker of issue 9's review sent them.
    await request.post("/api/auth/callback/credentials", { form: { callbackUrl: "http://a:b/" } }),
    await request.post("/api/auth/signout", { data: { callbackUrl: 5 } }),
    // next-auth copies the error code into a Location header.
    await request.get("/api/auth/error?error=%00"),
    await request.get("/api/auth/error?error=a%0D%0Ab"),
    await request.get("/api/auth/error?error=%E4%B8%AD"),
  ];
  expect(answers.map((answer) => answer.status())).toEqual([
    400, 400, 400, 400, 405, 400, 400, 400, 400, 400,
  ]);
});

test("a lone surrogate in enquiry JSON is a 400 naming the field, and nothing is stored", async ({
  request,
}) => {
  const fields = {
    name: "Bad Input",
    email: `surrogate.${run}@example.com`,
    company: "Surrogate GmbH",
    country: "DE",
    sizeBand: "undecided",
    message: "An enquiry with a lone surrogate in its name.",
    language: "en",
    consent: true,
  };
  const body = JSON.stringify(fields).replace('"name":"Bad Input"', '"name":"Bad \\ud800 Input"');
  const response = await request.post("/api/enquiries", {
    headers: { "content-type": "application/json" },
    data: body,
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ errors: { name: "invalid" } });
  expect(await query(`SELECT 1 FROM "Enquiry" WHERE email = $1`, [fields.email])).toHaveLength(0);
});

test("a server action payload that cannot be decoded is a 4xx, for anonymous callers too", async ({
  request,
  baseURL,
}) => {
  const send = actionId("sendEnquiry");
  const post = (headers: Record<string, string>, data: string | Buffer) =>
    request.post("/en/enquiry", { headers: { "next-action": send, ...headers }, data, maxRedirects: 0 });
  const form = (fields: Record<string, string>) => {
    const parts = Object.entries(fields).map(
      ([name, value]) => `--b0\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    return {
      headers: { "content-type": "multipart/form-data; boundary=b0" },
      body: `${parts.join("")}--b0--\r\n`,
    };
  };
  const text = { "content-type": "text/plain;charset=UTF-8" };
  const missingRoot = form({ "1_name": "x" });
  const danglingReference = form({ "0": '["$@1","$K1"]' });
  // A part without a name reached React's decoder as an undefined key (found by the fuzz journey).
  const unnamedPart = form({ "0": "[false, true]", "": "x" });
  expect((await post(text, "not json")).status()).toBe(400);
  expect((await post(text, "[".repeat(5000) + "]".repeat(5000))).status()).toBe(400);
  expect((await post(text, "null")).status()).toBe(400);
  expect((await post({ "content-type": "multipart/form-data; boundary=b0" }, "garbage")).status()).toBe(400);
  expect((await post(missingRoot.headers, missingRoot.body)).status()).toBe(400);
  expect((await post(danglingReference.headers, danglingReference.body)).status()).toBe(400);
  expect((await post(unnamedPart.headers, unnamedPart.body)).status()).toBe(400);
  expect((await post({ ...text, origin: "http://[" }, "[]")).status()).toBe(403);
  expect((await post({ ...text, origin: "https://elsewhere.example" }, "[]")).status()).toBe(403);
  expect((await post(text, `["${"x".repeat(70_000)}"]`)).status()).toBe(413);
  // Arguments that decode but are not a form: the action judges them as an empty form.
  const wrongTypes = await post({ ...text, origin: baseURL! }, "[1, 2]");
  expect(wrongTypes.status()).toBe(200);
});

test("an unknown content kind sent to a content action is refused, never a 500", async ({
  page,
  baseURL,
}) => {
  await loadDemoSession(page, "admin");
  for (const name of ["submitContentEdit", "submitContentCreate", "submitContentDelete"]) {
    const response = await page.request.post("/admin/parks/new", {
      headers: {
        "next-action": actionId(name),
        origin: baseURL!,
        "content-type": "multipart/form-data; boundary=b0",
      },
      data: `--b0\r\nContent-Disposition: form-data; name="0"\r\n\r\n["nope","$undefined","$K1"]\r\n--b0--\r\n`,
    });
    expect(response.status(), name).toBeLessThan(500);
    // The action's answer (React's reply format) names the refusal.
    expect(await response.text(), name).toContain('"status":404');
  }
});

test("staff retry an enquiry's failed e-mail (its id is a UUID)", async ({ page }) => {
  const email = `retry.${run}@example.com`;
  const reference = await enquire(page.request, { email });
  await query(`UPDATE "OutboxEmail" SET status = 'failed', "lastError" = 'mailbox full' WHERE "to" = $1`, [
    email,
  ]);
  await loadDemoSession(page, "admin");
  await page.goto("/admin/outbox");
  await page
    .getByRole("button", { name: new RegExp(`^Retry the e-mail to ${email.replace(/\./g, "\\.")}`) })
    .click();
  await expect(
    page.getByRole("button", { name: new RegExp(`to ${email.replace(/\./g, "\\.")}`) }),
  ).toHaveCount(0);
  const [stored] = await query<{ status: string; id: string }>(
    `SELECT o.status, o.id FROM "OutboxEmail" o JOIN "Enquiry" e ON e.id = o."enquiryId"
     WHERE e.reference = $1 AND o."to" = $2`,
    [reference, email],
  );
  expect(stored).toMatchObject({ status: "pending", id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
});

/** Starts a POST with these headers and one small chunk of body; resolves with the status answered. */
function startPost(path: string, headers: OutgoingHttpHeaders) {
  const { hostname, port } = new URL(test.info().project.use.baseURL!);
  return new Promise<number>((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: "POST", headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    request.on("error", reject);
    request.write("{");
  });
}

test("a body without a length, or longer than the route takes, is refused before it is read", async ({
  request,
}) => {
  // Anonymous chunked bodies of hundreds of megabytes once answered 500 after filling memory.
  const json = { "content-type": "application/json" };
  expect(await startPost("/api/enquiries", { ...json, "transfer-encoding": "chunked" })).toBe(411);
  expect(await startPost("/api/enquiries", { ...json, "content-length": "700000000" })).toBe(413);
  expect(await startPost("/api/auth/callback/credentials", { "content-length": "600000000" })).toBe(413);
  const upload = "/api/admin/parks/tianfu-bonded-logistics-center/images";
  expect(await startPost(upload, { "content-length": String(600 * 1024 * 1024) })).toBe(413);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("a method the portal does not answer (TRACE, COPY) is a 405 naming the ones it does", async ({
  request,
}) => {
  // TRACE once reached Next.js, which threw on it: a 500 on every URL for anyone.
  for (const path of ["/en", "/api/v1/parks", "/admin/login", "/api/health"]) {
    for (const method of ["TRACE", "COPY"]) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toContain("GET");
    }
    // A method Node.js's parser does not know never reaches the portal: Node answers 400.
    expect((await request.fetch(path, { method: "TRACK", maxRedirects: 0 })).status()).toBe(400);
  }
});

test("a request target in absolute form is a 400, never a redirect to the host it names", async () => {
  // `GET http://evil.example/en/policies` once answered 308 with Location on evil.example.
  const { hostname, port } = new URL(test.info().project.use.baseURL!);
  for (const path of ["http://evil.example/en/policies?abs=1", "http://evil.example/en/"]) {
    const { status, location } = await new Promise<{ status: number; location?: string }>(
      (resolve, reject) => {
        const request = httpRequest({ hostname, port, path, method: "GET" }, (response) => {
          response.resume();
          resolve({ status: response.statusCode!, location: response.headers.location });
        });
        request.on("error", reject);
        request.end();
      },
    );
    expect(status, path).toBe(400);
    expect(location, path).toBeUndefined();
  }
});
