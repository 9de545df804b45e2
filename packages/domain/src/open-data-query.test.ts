import { describe, expect, it } from "vitest";
import { parseOpenDataListQuery, parseOpenDataRecordQuery } from "./open-data-query.ts";
import { linkHeader, pageLinks } from "./open-data-links.ts";

const list = (collection: Parameters<typeof parseOpenDataListQuery>[0], query: string) =>
  parseOpenDataListQuery(collection, new URLSearchParams(query));

describe("parseOpenDataListQuery", () => {
  it("reads the filters, paging and format, with defaults", () => {
    expect(list("projects", "area=tianfu&stage=signed&amount=1b-10b&country=DE&page=2&per_page=100")).toEqual(
      {
        ok: true,
        query: {
          filter: { area: "tianfu", stage: "signed", amount: "1b-10b", country: "DE" },
          page: 2,
          perPage: 100,
          format: "json",
        },
      },
    );
    expect(list("policies", "in_force=true&format=csv&page=1")).toMatchObject({
      ok: true,
      query: { filter: { inForce: true }, page: 1, perPage: 20, format: "csv" },
    });
    expect(list("news", "type=events")).toMatchObject({ ok: true, query: { filter: { type: "events" } } });
    expect(list("policies", "in_force=false")).toMatchObject({ ok: true, query: { filter: {} } });
  });

  it.each([
    ["parks", "aera=tianfu", "aera", /Unknown parameter "aera"/],
    ["parks", "area=chengdu", "area", /area must be one of: tianfu, liangjiang/],
    ["parks", "area=tianfu&area=liangjiang", "area", /once only/],
    ["parks", "per_page=1000", "per_page", /at most 100/],
    ["parks", "page=0", "page", /at least 1/],
    ["parks", "page=1.5", "page", /whole number/],
    ["parks", "industry=%00", "industry", /slug/],
    ["parks", `industry=${"a".repeat(70_000)}`, "industry", /at most 100 characters/],
    ["projects", "country=de", "country", /ISO 3166-1/],
    ["policies", "in_force=yes", "in_force", /true, false/],
    ["industries", "area=tianfu", "area", /Unknown parameter/],
    ["news", "format=xml", "format", /json, csv/],
    ["news", "type=event", "type", /news, events/],
  ] as const)("%s?%s is refused, naming %s", (collection, query, parameter, message) => {
    const result = list(collection, query);
    expect(result).toMatchObject({ ok: false, parameter });
    expect(result.ok || result.error).toMatch(message);
  });

  it("shortens an unknown parameter's name in the message and in the parameter field", () => {
    const result = list("parks", `${"x".repeat(10_000)}=1`);
    expect(!result.ok && result.error.length).toBeLessThan(200);
    expect(!result.ok && result.parameter).toBe(`${"x".repeat(40)}…`);
  });

  it("treats an empty value as no filter, as the public lists' forms send it", () => {
    expect(list("parks", "area=&type=&industry=&page=&per_page=&format=")).toEqual({
      ok: true,
      query: { filter: {}, page: 1, perPage: 20, format: "json" },
    });
    expect(list("policies", "in_force=")).toMatchObject({ ok: true, query: { filter: {} } });
    expect(list("parks", "aera=")).toMatchObject({ ok: false, parameter: "aera" });
  });

  it("gives a CSV asked for without page and per_page the whole collection, up to 10,000 rows", () => {
    expect(list("parks", "format=csv")).toMatchObject({ ok: true, query: { page: 1, perPage: 10_000 } });
    expect(list("parks", "format=csv&per_page=50")).toMatchObject({ ok: true, query: { perPage: 50 } });
    expect(list("parks", "format=csv&page=2")).toMatchObject({ ok: true, query: { page: 2, perPage: 20 } });
    expect(list("parks", "")).toMatchObject({ ok: true, query: { perPage: 20 } });
  });
});

describe("parseOpenDataRecordQuery", () => {
  it("takes no parameters", () => {
    expect(parseOpenDataRecordQuery(new URLSearchParams())).toEqual({ ok: true, query: null });
    expect(parseOpenDataRecordQuery(new URLSearchParams("format=csv"))).toMatchObject({ ok: false });
  });
});

describe("pageLinks", () => {
  it("keeps the other parameters and links first, prev, next and last", () => {
    const links = pageLinks(new URL("https://x.cn/api/v1/parks?area=tianfu&page=2&per_page=5"), 2, 3, 5);
    expect(links.prev).toBe("https://x.cn/api/v1/parks?area=tianfu&page=1&per_page=5");
    expect(links.next).toBe("https://x.cn/api/v1/parks?area=tianfu&page=3&per_page=5");
    expect(linkHeader(links)).toBe(
      [
        '<https://x.cn/api/v1/parks?area=tianfu&page=1&per_page=5>; rel="first"',
        '<https://x.cn/api/v1/parks?area=tianfu&page=1&per_page=5>; rel="prev"',
        '<https://x.cn/api/v1/parks?area=tianfu&page=3&per_page=5>; rel="next"',
        '<https://x.cn/api/v1/parks?area=tianfu&page=3&per_page=5>; rel="last"',
      ].join(", "),
    );
  });
  it("has no prev on the first page and no next on the last; past the last, prev is the last", () => {
    expect(pageLinks(new URL("https://x.cn/a"), 1, 1, 20)).toMatchObject({ prev: null, next: null });
    expect(pageLinks(new URL("https://x.cn/a?page=9"), 9, 3, 20).prev).toBe(
      "https://x.cn/a?page=3&per_page=20",
    );
  });
  it("states the page size the request left to its default", () => {
    const links = pageLinks(new URL("https://x.cn/a?format=csv"), 1, 2, 10_000);
    expect(links.next).toBe("https://x.cn/a?format=csv&page=2&per_page=10000");
    expect(links.self).toBe("https://x.cn/a?format=csv");
  });
});
