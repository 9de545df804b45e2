import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { OpenDataCollection } from "../packages/domain/src/open-data-records";
import { factories, parkCopy } from "./support/test-data";
import { openApiValidator } from "./support/openapi-validator";

/**
 * The API's collections as packages/domain defines them, imported as ES modules on use: a static
 * import would load packages/domain as CommonJS in this worker, and the factories (which import it
 * as ES modules, see support/test-data.ts) could then no longer load it there.
 */
const collections = async (): Promise<readonly OpenDataCollection[]> =>
  (await import("../packages/domain/src/open-data-records.ts")).openDataCollections;

// The open-data API (/api/v1, issue 12) over real HTTP against the production build: every
// collection and filter, paging, CSV, validators, CORS, bad parameters and drafts, each response
// checked against the OpenAPI document the server serves.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let api: Awaited<ReturnType<typeof openApiValidator>>;
test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  api = await openApiValidator(request);
  await request.dispose();
});

/** GET a list, check it against the document, and return its body. */
async function list(request: APIRequestContext, collection: OpenDataCollection, params = "") {
  const response = await request.get(`/api/v1/${collection}${params ? `?${params}` : ""}`);
  expect(response.status(), `${collection}?${params}`).toBe(200);
  const body = (await response.json()) as Json;
  api.check(`/${collection}`, 200, body);
  expect(response.headers()["x-total-count"]).toBe(String(body.meta.total));
  return body as { data: Json[]; meta: Json; links: Json };
}

/** Every record of a collection matching `params`, through the pages. */
async function all(request: APIRequestContext, collection: OpenDataCollection, params = "") {
  const records: Json[] = [];
  for (let page = 1; ; page++) {
    const body = await list(request, collection, `${params}${params ? "&" : ""}per_page=100&page=${page}`);
    records.push(...body.data);
    if (!body.links.next) return records;
  }
}

async function errorOf(response: APIResponse, status: number, path: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await response.json()) as Json;
  api.check(path, status, body);
  return body;
}

test("every collection and every record validates against the OpenAPI document, in both languages", async ({
  request,
}) => {
  for (const collection of await collections()) {
    const records = await all(request, collection);
    expect(records.length, collection).toBeGreaterThan(0);
    const [first] = records;
    expect(first!.pageUrls.en).toContain("/en/");
    expect(first!.pageUrls.zh).toContain("/zh/");
    const one = await request.get(`/api/v1/${collection}/${first!.slug}`);
    expect(one.status()).toBe(200);
    const body = await one.json();
    api.check(`/${collection}/{slug}`, 200, body);
    expect(body.data).toEqual(first);
  }
  // A park carries its figures with value, unit, period and source, and both languages.
  const park = (await list(request, "parks", "area=liangjiang&type=bonded-zone")).data.find(
    (p) => p.figures.length > 0,
  )!;
  expect(park.name.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(park.figures[0]).toMatchObject({
    value: expect.any(Number),
    period: { en: expect.any(String) },
    source: { title: { en: expect.any(String) }, publishedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) },
  });
  expect((await request.get(park.pageUrls.en.replace(/^https?:\/\/[^/]+/, ""))).status()).toBe(200);
});

test("every filter returns exactly the records it names", async ({ request }) => {
  const parks = await all(request, "parks");
  const projects = await all(request, "projects");
  const policies = await all(request, "policies");
  const news = await all(request, "news");
  const parkWithIndustry = parks.find((p) => p.industries.length > 0)!;
  const industry = parkWithIndustry.industries[0].slug as string;
  const projectInPark = projects.find((p) => p.park)!;
  const policyOfPark = policies.find((p) => p.parks.length > 0)!;
  const newsOfPark = news.find((n) => n.parks.length > 0);
  const slugs = (records: Json[]) => records.map((r) => r.slug).sort();
  const expectSubset = async (
    collection: OpenDataCollection,
    params: string,
    everything: Json[],
    keep: (r: Json) => boolean,
  ) => {
    const found = await all(request, collection, params);
    expect(slugs(found), `${collection}?${params}`).toEqual(slugs(everything.filter(keep)));
    expect(found.length, `${collection}?${params} finds something`).toBeGreaterThan(0);
  };

  for (const area of ["tianfu", "liangjiang"]) {
    await expectSubset("parks", `area=${area}`, parks, (p) => p.area.slug === area);
    await expectSubset("projects", `area=${area}`, projects, (p) => p.area.slug === area);
    await expectSubset("policies", `area=${area}`, policies, (p) =>
      p.areas.some((a: Json) => a.slug === area),
    );
  }
  await expectSubset("parks", "type=bonded-zone", parks, (p) => p.type === "bonded-zone");
  await expectSubset("parks", `industry=${industry}`, parks, (p) =>
    p.industries.some((i: Json) => i.slug === industry),
  );
  await expectSubset("projects", `industry=${industry}`, projects, (p) =>
    p.industries.some((i: Json) => i.slug === industry),
  );
  await expectSubset(
    "projects",
    `park=${projectInPark.park.slug}`,
    projects,
    (p) => p.park?.slug === projectInPark.park.slug,
  );
  const stage = projects[0]!.stage as string;
  await expectSubset("projects", `stage=${stage}`, projects, (p) => p.stage === stage);
  const withCountry = projects.find((p) => p.partnerCountry)!;
  await expectSubset(
    "projects",
    `country=${withCountry.partnerCountry}`,
    projects,
    (p) => p.partnerCountry === withCountry.partnerCountry,
  );
  await expectSubset(
    "projects",
    "amount=over-10b",
    projects,
    (p) => p.currency === "CNY" && p.amount >= 1e10,
  );
  const category = policies[0]!.category as string;
  await expectSubset("policies", `category=${category}`, policies, (p) => p.category === category);
  const policyIndustry = policies.find((p) => p.industries.length > 0)!.industries[0].slug;
  await expectSubset("policies", `industry=${policyIndustry}`, policies, (p) =>
    p.industries.some((i: Json) => i.slug === policyIndustry),
  );
  // A park's policies: those linked to it, as on the park's page.
  const namedPark = policyOfPark.parks[0].slug as string;
  const naming = (p: Json) => p.parks.some((x: Json) => x.slug === namedPark);
  await expectSubset("policies", `park=${namedPark}`, policies, naming);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await expectSubset(
    "policies",
    "in_force=true",
    policies,
    (p) => (!p.effectiveFrom || p.effectiveFrom <= today) && (!p.effectiveTo || p.effectiveTo >= today),
  );
  expect(slugs(await all(request, "policies", "in_force=false"))).toEqual(slugs(policies));
  await expectSubset("news", "area=tianfu", news, (n) => n.areas.some((a: Json) => a.slug === "tianfu"));
  if (newsOfPark) {
    const park = newsOfPark.parks[0].slug;
    await expectSubset("news", `park=${park}`, news, (n) => n.parks.some((p: Json) => p.slug === park));
  }
  // News items carry their event; type=news and type=events split them as the public list does.
  const isEvent = (n: Json) => n.event !== null;
  await expectSubset("news", "type=events", news, isEvent);
  await expectSubset("news", "type=news", news, (n) => !isEvent(n));
  const event = news.find(isEvent)!.event;
  expect(event).toMatchObject({
    kind: expect.any(String),
    startsOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
  });
  expect(event.place.en && event.place.zh).toBeTruthy();
  // An empty value is no filter: the public lists' GET forms send their empty fields.
  expect(slugs(await all(request, "parks", "area=&type=&industry="))).toEqual(slugs(parks));
  expect(slugs(await all(request, "policies", "in_force=&area="))).toEqual(slugs(policies));
  expect(slugs(await all(request, "news", "type="))).toEqual(slugs(news));
  // The park's own record lists the same policies.
  expect(parks.find((p) => p.slug === namedPark)!.policySlugs).toEqual(slugs(policies.filter(naming)));
});

test("pages: per_page, totals, Link headers and a stable order", async ({ request }) => {
  const everything = await all(request, "parks");
  expect(everything.map((p) => p.slug)).toEqual(everything.map((p) => p.slug).sort());
  const first = await request.get("/api/v1/parks?per_page=5&area=tianfu");
  const body = await first.json();
  expect(body.meta).toMatchObject({ page: 1, perPage: 5, pageCount: Math.ceil(body.meta.total / 5) });
  expect(body.data).toHaveLength(5);
  expect(body.links.prev).toBeNull();
  const link = first.headers()["link"]!;
  expect(link).toContain(`<${body.links.next}>; rel="next"`);
  expect(link).toContain(`<${body.links.last}>; rel="last"`);
  expect(body.links.next).toMatch(/[?&]per_page=5/);
  expect(body.links.next).toMatch(/[?&]area=tianfu/);
  // Following the next links visits every park of the area once, in order.
  const seen: string[] = [];
  for (let url: string | null = body.links.self; url;) {
    const page = await (await request.get(url.replace(/^https?:\/\/[^/]+/, ""))).json();
    seen.push(...page.data.map((p: Json) => p.slug));
    url = page.links.next;
  }
  expect(seen).toEqual(everything.filter((p) => p.area.slug === "tianfu").map((p) => p.slug));
  const beyond = await list(request, "parks", `per_page=5&page=999`);
  expect(beyond.data).toEqual([]);
  expect(beyond.links.prev).toBe(beyond.links.last);
  expect((await list(request, "news")).meta.perPage).toBe(20);
});

test("CSV: UTF-8 with BOM, one row per record, both languages in their own columns", async ({ request }) => {
  for (const collection of await collections()) {
    const json = await list(request, collection, "per_page=100");
    const response = await request.get(`/api/v1/${collection}?format=csv&per_page=100`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${collection}.csv"`);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    api.check(`/${collection}`, 200, text, "text/csv");
    const lines = text.trimEnd().split("\r\n");
    const header = lines[0]!.split(",");
    expect(header.slice(0, 1)).toEqual(["slug"]);
    expect(header).toEqual(expect.arrayContaining(["page_url_en", "page_url_zh"]));
    expect(header.some((h) => h.endsWith("_zh"))).toBe(true);
    // Each record starts a row with its slug (texts may hold quoted line breaks, so count starts).
    for (const record of json.data) expect(text).toContain(`\r\n${record.slug},`);
    expect(response.headers()["x-total-count"]).toBe(String(json.meta.total));
  }
  // Without page and per_page a CSV is the whole collection (the open-data page links to it).
  // (Projects and parks are more than the 20 of a default page.)
  for (const collection of ["projects", "parks", "news"] as const) {
    const total = (await list(request, collection)).meta.total as number;
    if (collection !== "news") expect(total, collection).toBeGreaterThan(20);
    const whole = await request.get(`/api/v1/${collection}?format=csv`);
    const text = (await whole.text()).slice(1);
    const rows = (await all(request, collection)).filter((r) => text.includes(`\r\n${r.slug},`));
    expect(rows, collection).toHaveLength(total);
    expect(whole.headers()["link"]).not.toContain('rel="next"');
  }
  const newsCsv = (await (await request.get("/api/v1/news?format=csv&type=events")).text()).slice(1);
  expect(newsCsv.split("\r\n")[0]).toContain(
    "event_kind,event_starts_on,event_ends_on,event_place_en,event_place_zh",
  );
  const parks = (await request.get("/api/v1/parks?format=csv&area=tianfu&per_page=100")).body();
  expect((await parks).toString("utf8")).toMatch(/,天府|[\u4e00-\u9fff]/);
});

test("ETag and 304 for weak, strong, listed and * validators; Cache-Control; HEAD", async ({ request }) => {
  for (const path of ["/api/v1/parks?area=liangjiang", "/api/v1/policies/", "/api/v1/openapi.json"]) {
    const target = path.endsWith("/") ? `${path}${(await list(request, "policies")).data[0]!.slug}` : path;
    const first = await request.get(target);
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers()["cache-control"]).toBe("public, max-age=60");
    for (const tag of [etag, etag.slice(2), `"nope", ${etag}`, "*"]) {
      const again = await request.get(target, { headers: { "If-None-Match": tag } });
      expect(again.status(), tag).toBe(304);
      expect(again.headers()["etag"]).toBe(etag);
      expect(again.headers()["cache-control"]).toBe("public, max-age=60");
      expect(await again.body()).toHaveLength(0);
    }
    expect((await request.get(target, { headers: { "If-None-Match": '"other"' } })).status()).toBe(200);
    const head = await request.head(target);
    expect(head.status()).toBe(200);
    expect(head.headers()["etag"]).toBe(etag);
    expect(await head.body()).toHaveLength(0);
  }
});

test("CORS: any origin may GET and HEAD, a preflight is answered, Vary leaves Origin out", async ({
  request,
}) => {
  const response = await request.get("/api/v1/areas", { headers: { Origin: "https://data.example.org" } });
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["access-control-expose-headers"]).toMatch(
    /ETag.*Link.*X-Total-Count.*Retry-After/,
  );
  // "*" is the same for every origin, so caches need not key on it; compression varies.
  const vary = (response.headers()["vary"] ?? "").toLowerCase();
  expect(vary).not.toContain("origin");
  const preflight = await request.fetch("/api/v1/parks?area=tianfu", {
    method: "OPTIONS",
    headers: {
      Origin: "https://data.example.org",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()).toMatchObject({
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, HEAD, OPTIONS",
    "access-control-allow-headers": "If-None-Match, Accept",
  });
  for (const path of [
    "/api/v1",
    "/api/v1/parks",
    "/api/v1/parks/x",
    "/api/v1/openapi.json",
    "/api/v1/parks/a/b",
  ]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const refused = await request.fetch(path, { method, headers: { Origin: "https://data.example.org" } });
      expect(refused.status(), `${method} ${path}`).toBe(405);
      expect(refused.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
      expect(refused.headers()["access-control-allow-origin"]).toBe("*");
      expect((await refused.json()).error).toMatch(/read-only/);
    }
  }
});

test("bad parameters are a 400 naming them, unknown slugs and collections a 404; never 500", async ({
  request,
}) => {
  const bad: [string, string][] = [
    ["/parks?aera=tianfu", "aera"],
    ["/parks?area=chengdu", "area"],
    ["/parks?area=tianfu&area=liangjiang", "area"],
    ["/parks?per_page=1000", "per_page"],
    ["/parks?per_page=0", "per_page"],
    ["/parks?page=0", "page"],
    ["/parks?page=-1", "page"],
    ["/parks?page=abc", "page"],
    ["/parks?page=99999999999999999999", "page"],
    ["/parks?type=%00", "type"],
    [`/parks?industry=${"x".repeat(10_000)}`, "industry"],
    ["/parks?industry=%E2%80%AE", "industry"],
    ["/projects?stage=finished", "stage"],
    ["/projects?country=de", "country"],
    ["/projects?amount=huge", "amount"],
    ["/policies?category=tax%00", "category"],
    ["/policies?in_force=1", "in_force"],
    ["/news?format=xml", "format"],
    ["/industries?area=tianfu", "area"],
    ["/areas?%00=1", "\u0000"],
    [`/parks?${"y".repeat(10_000)}=1`, `${"y".repeat(40)}…`],
  ];
  for (const [path, parameter] of bad) {
    const response = await request.get(`/api/v1${path}`);
    const collection = path.slice(1).split("?")[0]!;
    const body = await errorOf(response, 400, `/${collection}`);
    expect(body.parameter, path.slice(0, 80)).toBe(parameter);
    expect(body.error.length).toBeGreaterThan(10);
    expect(body.error.length).toBeLessThan(300);
  }
  // Past Node's 16 KiB header limit the server itself refuses the request line.
  expect((await request.get(`/api/v1/parks?industry=${"x".repeat(70_000)}`)).status()).toBe(431);
  const slug = (await list(request, "parks")).data[0]!.slug;
  await errorOf(await request.get(`/api/v1/parks/${slug}?format=csv`), 400, "/parks/{slug}");
  for (const path of [
    "/parks/no-such-park",
    "/parks/%00",
    `/parks/${"a".repeat(300)}`,
    "/parks/UPPER",
    "/news/%E2%80%AE",
  ]) {
    const body = await errorOf(await request.get(`/api/v1${path}`), 404, "/parks/{slug}");
    expect(body.error).toMatch(/slug/);
  }
  for (const path of ["/enquiries", "/staff", "/parks%00"]) {
    const response = await request.get(`/api/v1${path}`);
    expect(response.status(), path).toBe(404);
  }
});

test("outside the handlers: the index, unknown and undecodable paths answer JSON with CORS", async ({
  request,
}) => {
  for (const path of ["/api/v1", "/api/v1/"]) {
    const index = await request.get(path);
    expect(index.status(), path).toBe(200);
    expect(index.headers()["access-control-allow-origin"]).toBe("*");
    const body = await index.json();
    api.check("/", 200, body);
    expect(body.collections.map((c: Json) => c.name)).toEqual(await collections());
    expect(body.openapi).toMatch(/\/api\/v1\/openapi\.json$/);
    for (const { url } of body.collections) {
      expect((await request.get(url.replace(/^https?:\/\/[^/]+/, ""))).status()).toBe(200);
    }
  }
  for (const path of ["/api/v1/parks/a/b", "/api/v1/parks/a/b/c/d", "/api/v1/openapi.json/x"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/json");
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
    expect((await response.json()).error, path).toEqual(expect.any(String));
  }
  // Paths that do not percent-decode are refused by the proxy, before any route: still JSON.
  for (const path of ["/api/v1/parks/%E0%A4", "/api/v1/%"]) {
    const body = await errorOf(await request.get(path), 400, "/parks/{slug}");
    expect(body.error).toMatch(/percent-encoded/);
  }
});

test("drafts never appear, and nothing staff-only does", async ({ request }) => {
  const tag = `e2e-open-data-${Date.now()}`;
  const park = `${tag}-park`;
  const industry = `${tag}-ind`;
  // A draft of every kind, linked to published records: a draft industry of a published park, a
  // draft park named by a published policy, a draft project in a published park, a draft figure.
  const guoyuan = "guoyuan-bonded-logistics-center";
  const { createFigure, createIndustry, createNewsItem, createPolicy, createProject, db } = await factories();
  const published = await db.park.findUniqueOrThrow({ where: { slug: guoyuan } });
  const draft = { status: "draft" } as const;
  await createIndustry(db, {
    ...draft,
    slug: industry,
    name: { en: `Draft industry ${tag}`, zh: `草稿产业 ${tag}` },
    parks: { connect: [{ id: published.id }] },
  });
  const policy = await db.policy.findFirstOrThrow({
    where: { status: "published" },
    orderBy: { slug: "asc" },
  });
  await parkCopy(guoyuan, {
    ...draft,
    slug: park,
    name: { en: `Draft park ${tag}`, zh: `草稿园区 ${tag}` },
    policies: { connect: [{ id: policy.id }] },
  });
  await createProject(db, {
    ...draft,
    slug: `${tag}-project`,
    areaId: published.areaId,
    parkId: published.id,
    name: { en: `Draft project ${tag}`, zh: `草稿项目 ${tag}` },
    stage: "opportunity",
  });
  await createPolicy(db, {
    ...draft,
    slug: `${tag}-policy`,
    category: policy.category,
    title: { en: `Draft policy ${tag}`, zh: `草稿政策 ${tag}` },
  });
  await createNewsItem(db, {
    ...draft,
    slug: `${tag}-news`,
    title: { en: `Draft news ${tag}`, zh: `草稿新闻 ${tag}` },
    publishedOn: new Date("2026-11-30"),
  });
  await createFigure(db, {
    ...draft,
    parkId: published.id,
    label: { en: `Draft figure ${tag}`, zh: `草稿数据 ${tag}` },
    period: { en: "2026", zh: "2026年" },
    sourceId: (await db.source.findFirstOrThrow()).id,
  });
  // A per_page no other request uses, so that no answer cached before the drafts existed is read.
  const perPage = 50 + Math.floor(Math.random() * 49);
  const bodies: string[] = [];
  for (const collection of await collections()) {
    for (let page = 1; ; page++) {
      const response = await request.get(`/api/v1/${collection}?per_page=${perPage}&page=${page}`);
      bodies.push(await response.text());
      const body = JSON.parse(bodies.at(-1)!);
      if (!body.links.next) break;
    }
    bodies.push(await (await request.get(`/api/v1/${collection}?format=csv&per_page=${perPage}`)).text());
  }
  // The published records the drafts are linked to, read afresh (their links echo the query: only
  // the records count).
  for (const path of [`/parks?industry=${industry}`, `/policies?park=${park}&per_page=${perPage}`]) {
    const { data } = await (await request.get(`/api/v1${path}`)).json();
    expect(data.length, path).toBeGreaterThan(0);
    bodies.push(JSON.stringify(data));
  }
  const everything = bodies.join("\n");
  expect(everything).toContain("guoyuan-bonded-logistics-center");
  // Every draft's name carries the tag (other journeys publish texts of their own with "Draft" in them).
  for (const leaked of [
    tag,
    "@inland-gateway.test",
    '"ownerId"',
    '"status"',
    '"version"',
    '"searchText"',
    '"id"',
  ]) {
    expect(everything, leaked).not.toContain(leaked);
  }
  for (const [collection, slug] of [
    ["parks", park],
    ["industries", industry],
    ["projects", `${tag}-project`],
    ["policies", `${tag}-policy`],
    ["news", `${tag}-news`],
  ] as const) {
    await errorOf(await request.get(`/api/v1/${collection}/${slug}`), 404, `/${collection}/{slug}`);
  }
});
