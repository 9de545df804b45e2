// The records of the open-data API (/api/v1), as zod schemas: the data layer's serializers are
// typed by them, the OpenAPI document is generated from them (openapi-document.ts), and the tests
// validate every response against that document. Only published content, nothing staff-only.
import { z } from "zod";
import {
  areaSlugs,
  eventKinds,
  figureQualifiers,
  figureUnits,
  parkTypes,
  policyCategories,
  projectStages,
  sizeUnits,
  transportModes,
} from "./enums.ts";

const date = z.iso.date().meta({ description: "A calendar date, YYYY-MM-DD (China time)." });

export const ZLocalized = z
  .object({
    en: z.string().nullable(),
    zh: z.string().nullable(),
  })
  .meta({
    id: "Localized",
    description: "A text in English and Simplified Chinese; null where that language is not written yet.",
  });
export type TLocalized = z.infer<typeof ZLocalized>;

export const ZPageUrls = z
  .object({ en: z.url(), zh: z.url() })
  .meta({ id: "PageUrls", description: "The record's public page on the portal, in each language." });

export const ZSource = z
  .object({
    title: ZLocalized,
    publisher: ZLocalized.nullable(),
    publishedOn: date,
    datePrecision: z
      .enum(["day", "month", "year"])
      .meta({ description: "How much of publishedOn the source states (a year: YYYY-01-01)." }),
    url: z.string().nullable(),
  })
  .meta({ id: "Source", description: "The public document a record or figure is taken from." });

export const ZFigure = z
  .object({
    label: ZLocalized,
    value: z.number(),
    unit: z.enum(figureUnits).meta({
      description: "cny and usd: amounts in yuan / dollars; percent; sqkm: km²; tonnes; teu; count.",
    }),
    unitLabel: ZLocalized.nullable().meta({ description: "The unit as the source words it, if special." }),
    qualifier: z.enum(figureQualifiers).nullable().meta({ description: "over / about / nearly the value." }),
    period: ZLocalized.meta({ description: 'The period the value covers, e.g. "2023", "Jan–May 2024".' }),
    source: ZSource,
  })
  .meta({ id: "Figure", description: "A key figure with its unit, period and source." });

const link = (id: string, description: string) =>
  z.object({ slug: z.string(), name: ZLocalized }).meta({ id, description });
export const ZAreaLink = link("AreaLink", "A new area: tianfu or liangjiang.");
export const ZParkLink = link("ParkLink", "A park, by slug (see /parks/{slug}).");
export const ZIndustryLink = link("IndustryLink", "An industry of the shared taxonomy.");
export const ZProjectLink = link("ProjectLink", "A project, by slug (see /projects/{slug}).");

const common = {
  slug: z.string().meta({ description: "The record's key, stable across languages." }),
  pageUrls: ZPageUrls,
  lastVerifiedOn: date.nullable().meta({ description: "When staff last checked it against its source." }),
  updatedAt: z.iso.datetime().meta({ description: "When it last changed (UTC)." }),
  source: ZSource.nullable(),
};

export const ZParkRecord = z
  .object({
    ...common,
    type: z.enum(parkTypes),
    name: ZLocalized,
    summary: ZLocalized,
    description: ZLocalized,
    area: ZAreaLink,
    address: ZLocalized.nullable(),
    location: z
      .object({
        lat: z.number(),
        lng: z.number(),
        approximate: z.boolean().meta({ description: "true: a district centre, not the site itself." }),
      })
      .nullable()
      .meta({ description: "WGS 84 position." }),
    sizeSqKm: z.number().nullable().meta({ description: "The size in km² (from size, for comparisons)." }),
    size: z
      .object({ value: z.number(), unit: z.enum(sizeUnits), source: ZSource.nullable() })
      .nullable()
      .meta({ description: "The size as its source states it (km² or ha), with that source." }),
    transport: z.array(
      z.object({
        mode: z.enum(transportModes),
        text: ZLocalized,
        distanceKm: z
          .number()
          .nullable()
          .meta({ description: "Distance to the port, airport or station, km." }),
      }),
    ),
    contact: z
      .object({
        name: ZLocalized.nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        wechat: z.string().nullable().meta({ description: "WeChat ID." }),
        hours: ZLocalized.nullable().meta({ description: "Office hours (China time)." }),
      })
      .nullable()
      .meta({ description: "The park's investment office." }),
    industries: z.array(ZIndustryLink),
    figures: z.array(ZFigure),
    policySlugs: z.array(z.string()).meta({
      description:
        "The published policies that apply to the park: those linked to it (as GET /policies?park={slug}).",
    }),
    projectSlugs: z.array(z.string()).meta({ description: "Published projects in the park." }),
  })
  .meta({ id: "Park" });
export type TParkRecord = z.infer<typeof ZParkRecord>;

export const ZProjectRecord = z
  .object({
    ...common,
    name: ZLocalized,
    summary: ZLocalized,
    description: ZLocalized,
    stage: z.enum(projectStages),
    investor: ZLocalized.nullable(),
    partnerCountry: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2 code." }),
    amount: z.number().nullable().meta({ description: "Investment, in whole units of currency." }),
    currency: z.enum(["CNY", "USD"]).nullable(),
    signedOn: date.nullable(),
    startedOn: date.nullable().meta({ description: "Construction start." }),
    completedOn: date.nullable().meta({ description: "Start of operation." }),
    area: ZAreaLink,
    park: ZParkLink.nullable(),
    industries: z.array(ZIndustryLink),
    figures: z.array(ZFigure),
  })
  .meta({ id: "Project" });
export type TProjectRecord = z.infer<typeof ZProjectRecord>;

export const ZPolicyRecord = z
  .object({
    ...common,
    category: z.enum(policyCategories),
    title: ZLocalized,
    summary: ZLocalized,
    fullText: ZLocalized,
    benefit: ZLocalized.nullable(),
    issuer: ZLocalized,
    documentNumber: z.string().nullable(),
    officialUrl: z.string().nullable().meta({ description: "The official text of the policy." }),
    effectiveFrom: date.nullable(),
    effectiveTo: date.nullable(),
    areas: z.array(ZAreaLink),
    parks: z.array(ZParkLink),
    industries: z.array(ZIndustryLink),
  })
  .meta({ id: "Policy" });
export type TPolicyRecord = z.infer<typeof ZPolicyRecord>;

export const ZNewsRecord = z
  .object({
    ...common,
    title: ZLocalized,
    summary: ZLocalized,
    body: ZLocalized,
    publishedOn: date,
    event: z
      .object({
        kind: z.enum(eventKinds),
        startsOn: date.meta({ description: "The event's first day (China time)." }),
        endsOn: date.nullable().meta({ description: "Its last day, inclusive; null for a one-day event." }),
        place: ZLocalized,
      })
      .nullable()
      .meta({ id: "NewsEvent", description: "The event the item is about; null for plain news." }),
    areas: z.array(ZAreaLink),
    parks: z.array(ZParkLink),
    projects: z.array(ZProjectLink),
  })
  .meta({ id: "NewsItem" });
export type TNewsRecord = z.infer<typeof ZNewsRecord>;

export const ZIndustryRecord = z
  .object({ ...common, name: ZLocalized })
  .meta({ id: "Industry", description: "An industry; filter the other collections with ?industry={slug}." });
export type TIndustryRecord = z.infer<typeof ZIndustryRecord>;

export const ZAreaRecord = z
  .object({
    ...common,
    slug: z.enum(areaSlugs),
    name: ZLocalized,
    summary: ZLocalized,
    description: ZLocalized,
    figures: z.array(ZFigure),
    policySlugs: z.array(z.string()).meta({ description: "The published policies that name this new area." }),
  })
  .meta({ id: "Area", description: "A new area; pageUrls lead to the list of its parks." });
export type TAreaRecord = z.infer<typeof ZAreaRecord>;

/** The collections of /api/v1 and the schema of each one's records. */
export const openDataRecords = {
  parks: ZParkRecord,
  projects: ZProjectRecord,
  policies: ZPolicyRecord,
  news: ZNewsRecord,
  industries: ZIndustryRecord,
  areas: ZAreaRecord,
} as const;
export type OpenDataCollection = keyof typeof openDataRecords;
export const openDataCollections = Object.keys(openDataRecords) as OpenDataCollection[];
export type OpenDataRecord<C extends OpenDataCollection> = z.infer<(typeof openDataRecords)[C]>;

export const ZApiError = z
  .object({
    error: z.string().meta({ description: "What was wrong, in English." }),
    parameter: z.string().optional().meta({ description: "The query parameter at fault." }),
  })
  .meta({ id: "Error" });
export type TApiError = z.infer<typeof ZApiError>;

export const ZApiIndex = z
  .object({
    collections: z.array(
      z.object({
        name: z.enum(openDataCollections as [OpenDataCollection, ...OpenDataCollection[]]),
        url: z.url(),
      }),
    ),
    openapi: z.url().meta({ description: "The OpenAPI 3.1 document of the API." }),
  })
  .meta({ id: "Index", description: "What /api/v1 offers: its collections and their documentation." });
export type TApiIndex = z.infer<typeof ZApiIndex>;

/** The index of the API at `apiUrl` (…/api/v1, no trailing slash). */
export const apiIndex = (apiUrl: string): TApiIndex => ({
  collections: openDataCollections.map((name) => ({ name, url: `${apiUrl}/${name}` })),
  openapi: `${apiUrl}/openapi.json`,
});

const pageLinks = z.object({
  self: z.url(),
  first: z.url(),
  last: z.url(),
  prev: z.url().nullable(),
  next: z.url().nullable(),
});

/** A page of a collection: the records, the totals and the links (also sent as a Link header). */
export function ZPageOf<C extends OpenDataCollection>(collection: C) {
  return z.object({
    data: z.array(openDataRecords[collection]),
    meta: z.object({
      page: z.int().min(1),
      perPage: z.int().min(1).max(100),
      total: z.int().min(0).meta({ description: "Records matching the filters, on all pages." }),
      pageCount: z.int().min(1),
    }),
    links: pageLinks,
  });
}

export function ZRecordOf<C extends OpenDataCollection>(collection: C) {
  return z.object({ data: openDataRecords[collection] });
}

/** The collection a URL segment names, or null. */
export const openDataCollection = (segment: string): OpenDataCollection | null =>
  (openDataCollections as string[]).includes(segment) ? (segment as OpenDataCollection) : null;
