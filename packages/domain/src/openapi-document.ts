import { z } from "zod";
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { openDataListQuery, openDataPageSize } from "./open-data-query.ts";
import {
  openDataCollections,
  ZApiError,
  ZApiIndex,
  ZPageOf,
  ZRecordOf,
  type OpenDataCollection,
} from "./open-data-records.ts";

const validators = {
  ETag: z.string().meta({ description: "Send it back in If-None-Match to get 304 when nothing changed." }),
  "Cache-Control": z.string().meta({ description: "public, max-age=60" }),
};
const headers = z.object(validators);
const errorJson = (description: string, extra: z.ZodRawShape = {}) => ({
  description,
  headers: z.object(extra),
  content: { "application/json": { schema: ZApiError } },
});
const errors = {
  "304": { description: "Not modified: the If-None-Match tag is still current.", headers },
  "429": errorJson("Too many requests from this address.", {
    "Retry-After": z.string().meta({ description: "Seconds to wait." }),
  }),
};
const titles: Record<OpenDataCollection, string> = {
  parks: "Parks, bonded zones, cooperation parks and platforms",
  projects: "Investment projects (opportunities and signed projects)",
  policies: "Incentive and facilitation policies",
  news: "News items, newest first",
  industries: "The shared industry taxonomy",
  areas: "The two new areas",
};

function collectionPaths(collection: OpenDataCollection): ZodOpenApiPathsObject {
  return {
    [`/${collection}`]: {
      get: {
        operationId: `list-${collection}`,
        summary: titles[collection],
        description:
          `Published ${collection}, ${collection === "news" ? "newest first, then" : "sorted"} by slug; ` +
          `${openDataPageSize.default} per page unless per_page says otherwise (at most ${openDataPageSize.max}); ` +
          `format=csv without page and per_page is the whole collection (up to ${openDataPageSize.csvWhole} rows). ` +
          "Unknown or repeated parameters are refused with 400. The Link header names the first, last, prev and next pages.",
        requestParams: { query: openDataListQuery(collection) },
        responses: {
          "200": {
            description: "One page of records (JSON), or the same page as CSV with format=csv.",
            headers: z.object({
              ...validators,
              Link: z.string().meta({ description: 'RFC 8288: <…>; rel="next", <…>; rel="last" …' }),
              "X-Total-Count": z.string().meta({ description: "Records matching, on all pages." }),
            }),
            content: {
              "application/json": { schema: ZPageOf(collection) },
              "text/csv": {
                schema: z.string().meta({
                  description:
                    "UTF-8 with a byte-order mark, CRLF line ends, a header row, one row per record, " +
                    "English and Chinese in separate columns (name_en, name_zh …); cells a spreadsheet " +
                    "would run as a formula start with an apostrophe.",
                }),
              },
            },
          },
          "400": errorJson("A parameter is unknown, repeated or has a value the collection does not take."),
          ...errors,
        },
      },
    },
    [`/${collection}/{slug}`]: {
      get: {
        operationId: `get-${collection}`,
        summary: `One of the ${collection}`,
        requestParams: { path: z.object({ slug: z.string().meta({ description: "The record's slug." }) }) },
        responses: {
          "200": {
            description: "The record.",
            headers,
            content: { "application/json": { schema: ZRecordOf(collection) } },
          },
          "400": errorJson("The request has query parameters (a record takes none)."),
          "404": errorJson("No published record has this slug."),
          ...errors,
        },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers use (records:
 * open-data-records.ts, queries: open-data-query.ts). `apiUrl`: the API's absolute base URL
 * (…/api/v1), stated as the document's server. Pure: the route serves it, the tests validate
 * the responses against it.
 */
export function openApiDocument(apiUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Inland Gateway open data",
      version: "1.0.0",
      description:
        "The published content of the Inland Gateway portal (Sichuan Tianfu New Area and Chongqing " +
        "Liangjiang New Area) in English and Simplified Chinese, with the source of every figure. " +
        "Read-only, no key; CORS open to every origin; a per-address rate limit answers 429 with Retry-After.",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: apiUrl }],
    paths: Object.assign(
      {
        "/": {
          get: {
            operationId: "index",
            summary: "The collections and this document",
            responses: {
              "200": { description: "The index.", content: { "application/json": { schema: ZApiIndex } } },
            },
          },
        },
      },
      ...openDataCollections.map(collectionPaths),
    ),
  });
}
