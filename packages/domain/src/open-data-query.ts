// The query parameters of the open-data API (/api/v1). Unlike the public lists (which drop what
// they cannot read, so an old link still shows a page), the API refuses anything it would not
// apply — an unknown or repeated parameter, an unknown value — with a 400 naming it: a partner's
// typo (`?aera=tianfu`) must not silently return the unfiltered collection.
import { z } from "zod";
import { areaSlugs, parkTypes, policyCategories, projectStages } from "./enums.ts";
import { amountBands, type AmountBand } from "./project-filter.ts";
import { newsTypes } from "./news-event.ts";
import type { OpenDataCollection } from "./open-data-records.ts";
import { slugPattern } from "./slug.ts";

/**
 * Records per page of a collection: `per_page` defaults to 20 and takes at most 100. A CSV asked
 * for without `page` and `per_page` is the whole collection, up to `csvWhole` rows (a spreadsheet
 * link must not stop silently at the first page).
 */
export const openDataPageSize = { default: 20, max: 100, csvWhole: 10_000 } as const;

const oneOf = <T extends string>(name: string, values: readonly [T, ...T[]], description: string) =>
  z.enum(values, { error: `${name} must be one of: ${values.join(", ")}.` }).meta({ description });

const slug = (name: string, description: string) =>
  z
    .string()
    .max(100, { error: `${name} must be a slug of at most 100 characters.` })
    .regex(slugPattern, { error: `${name} must be a slug: lowercase letters and digits joined by "-".` })
    .meta({ description });

const wholeNumber = (name: string, min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: `${name} must be a whole number from ${min} to ${max}.` })
    .transform(Number)
    .pipe(z.int().min(min, `${name} must be at least ${min}.`).max(max, `${name} must be at most ${max}.`))
    .meta({ description });

const paging = {
  page: wholeNumber("page", 1, 10_000, "Page number, from 1 (default 1).").optional(),
  per_page: wholeNumber(
    "per_page",
    1,
    openDataPageSize.max,
    `Records per page, 1–${openDataPageSize.max} (default ${openDataPageSize.default}).`,
  ).optional(),
  format: oneOf("format", ["json", "csv"], "json (default) or csv: UTF-8 with BOM, one row per record.")
    .optional()
    .default("json"),
};

const area = oneOf("area", areaSlugs, "Only records of this new area.").optional();
const industry = slug("industry", "Only records of this industry (see /industries).").optional();
const park = slug("park", "Only records of this park (see /parks).").optional();

/** The filters of each collection: the same as its public list's. */
export const openDataFilters = {
  parks: { area, type: oneOf("type", parkTypes, "Only parks of this type.").optional(), industry },
  projects: {
    area,
    park,
    industry,
    stage: oneOf("stage", projectStages, "Only projects at this stage.").optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: "country must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE." })
      .optional()
      .meta({ description: "Only projects with this partner country." }),
    amount: oneOf(
      "amount",
      Object.keys(amountBands) as [AmountBand, ...AmountBand[]],
      "Only projects of this amount band (CNY amounts only: no conversion).",
    ).optional(),
  },
  policies: {
    category: oneOf("category", policyCategories, "Only policies of this category.").optional(),
    area,
    park: slug("park", "Only policies applying to this park (naming it or its whole area).").optional(),
    industry,
    in_force: oneOf(
      "in_force",
      ["true", "false"],
      "true: only policies in force today (China time); false: all.",
    )
      .optional()
      .transform((value) => value === "true"),
  },
  news: {
    area,
    park,
    type: oneOf("type", newsTypes, "news: plain news only; events: only items about an event.").optional(),
  },
  industries: {},
  areas: {},
} as const satisfies Record<OpenDataCollection, z.ZodRawShape>;

/** The query schema of a collection's list, as the OpenAPI document states it. */
export const openDataListQuery = <C extends OpenDataCollection>(collection: C) =>
  z.strictObject({ ...openDataFilters[collection], ...paging });

export interface OpenDataListQuery {
  /** The collection's filters, camelCase (`in_force` → `inForce`); absent when not given. */
  filter: Record<string, string | boolean | undefined>;
  page: number;
  perPage: number;
  format: "json" | "csv";
}

export type QueryResult<T> = { ok: true; query: T } | { ok: false; error: string; parameter?: string };

/** A collection list's query string, checked. */
export function parseOpenDataListQuery(
  collection: OpenDataCollection,
  params: URLSearchParams,
): QueryResult<OpenDataListQuery> {
  const checked = checkQuery(openDataListQuery(collection), params);
  if (!checked.ok) return checked;
  const { page, per_page, format, in_force, ...filter } = checked.query as Record<string, unknown>;
  return {
    ok: true,
    query: {
      filter: {
        ...(filter as Record<string, string | undefined>),
        ...(in_force === true && { inForce: true }),
      },
      page: (page as number | undefined) ?? 1,
      perPage:
        (per_page as number | undefined) ??
        (format === "csv" && page === undefined ? openDataPageSize.csvWhole : openDataPageSize.default),
      format: format as "json" | "csv",
    },
  };
}

/** A single record's query string: it takes no parameters. */
export function parseOpenDataRecordQuery(params: URLSearchParams): QueryResult<null> {
  const checked = checkQuery(z.strictObject({}), params);
  return checked.ok ? { ok: true, query: null } : checked;
}

// A parameter name as an error repeats it: cut, so a 10,000-character name is not echoed back.
const cut = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);
const shown = (name: string) => JSON.stringify(cut(name));

function checkQuery(schema: z.ZodObject, params: URLSearchParams): QueryResult<unknown> {
  const known = Object.keys(schema.shape);
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.includes(name))
      return {
        ok: false,
        parameter: cut(name),
        error: `Unknown parameter ${shown(name)}: ${known.length ? `this takes ${known.join(", ")}` : "this takes no parameters"}.`,
      };
    if (seen.has(name)) return { ok: false, parameter: name, error: `${name} may be given once only.` };
    seen.add(name);
  }
  // An empty value is no filter, as on the public lists, whose GET forms send their empty fields.
  const given = [...params].filter(([, value]) => value !== "");
  const parsed = schema.safeParse(Object.fromEntries(given));
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, parameter: String(issue.path[0] ?? ""), error: issue.message };
}
