import { toCsv } from "./csv.ts";
import type {
  OpenDataCollection,
  OpenDataRecord,
  TAreaRecord,
  TIndustryRecord,
  TLocalized,
  TNewsRecord,
  TParkRecord,
  TPolicyRecord,
  TProjectRecord,
} from "./open-data-records.ts";

// A collection as a spreadsheet: one row per record, scalar fields only (figures and other nested
// lists stay in the JSON; linked records appear as their slugs, separated by spaces). Every
// bilingual text is two columns, `<name>_en` and `<name>_zh`.

type Column<R> = [header: string, cell: (record: R) => string | number | boolean | null | undefined];

const text = <R>(name: string, get: (record: R) => TLocalized | null): Column<R>[] => [
  [`${name}_en`, (r) => get(r)?.en],
  [`${name}_zh`, (r) => get(r)?.zh],
];
const slugs = (links: { slug: string }[]) => links.map((link) => link.slug).join(" ");

type Common = TParkRecord | TProjectRecord | TPolicyRecord | TNewsRecord | TIndustryRecord | TAreaRecord;
const head = <R extends Common>(): Column<R>[] => [["slug", (r) => r.slug]];
const tail = <R extends Common>(): Column<R>[] => [
  ["page_url_en", (r) => r.pageUrls.en],
  ["page_url_zh", (r) => r.pageUrls.zh],
  ...text<R>("source_title", (r) => r.source?.title ?? null),
  ["source_published_on", (r) => r.source?.publishedOn],
  ["source_url", (r) => r.source?.url],
  ["last_verified_on", (r) => r.lastVerifiedOn],
  ["updated_at", (r) => r.updatedAt],
];

const columns: { [C in OpenDataCollection]: Column<OpenDataRecord<C>>[] } = {
  parks: [
    ...head<TParkRecord>(),
    ["type", (r) => r.type],
    ["area", (r) => r.area.slug],
    ...text<TParkRecord>("name", (r) => r.name),
    ...text<TParkRecord>("summary", (r) => r.summary),
    ...text<TParkRecord>("address", (r) => r.address),
    ["lat", (r) => r.location?.lat],
    ["lng", (r) => r.location?.lng],
    ["location_approximate", (r) => r.location?.approximate],
    ["size_sq_km", (r) => r.sizeSqKm],
    ["size_value", (r) => r.size?.value],
    ["size_unit", (r) => r.size?.unit],
    ...text<TParkRecord>("contact_name", (r) => r.contact?.name ?? null),
    ["contact_email", (r) => r.contact?.email],
    ["contact_phone", (r) => r.contact?.phone],
    ["contact_wechat", (r) => r.contact?.wechat],
    ...text<TParkRecord>("contact_hours", (r) => r.contact?.hours ?? null),
    ["industries", (r) => slugs(r.industries)],
    ["policies", (r) => r.policySlugs.join(" ")],
    ...tail<TParkRecord>(),
  ],
  projects: [
    ...head<TProjectRecord>(),
    ["stage", (r) => r.stage],
    ["area", (r) => r.area.slug],
    ["park", (r) => r.park?.slug],
    ...text<TProjectRecord>("name", (r) => r.name),
    ...text<TProjectRecord>("summary", (r) => r.summary),
    ...text<TProjectRecord>("investor", (r) => r.investor),
    ["partner_country", (r) => r.partnerCountry],
    ["amount", (r) => r.amount],
    ["currency", (r) => r.currency],
    ["signed_on", (r) => r.signedOn],
    ["started_on", (r) => r.startedOn],
    ["completed_on", (r) => r.completedOn],
    ["industries", (r) => slugs(r.industries)],
    ...tail<TProjectRecord>(),
  ],
  policies: [
    ...head<TPolicyRecord>(),
    ["category", (r) => r.category],
    ...text<TPolicyRecord>("title", (r) => r.title),
    ...text<TPolicyRecord>("summary", (r) => r.summary),
    ...text<TPolicyRecord>("benefit", (r) => r.benefit),
    ...text<TPolicyRecord>("issuer", (r) => r.issuer),
    ["document_number", (r) => r.documentNumber],
    ["official_url", (r) => r.officialUrl],
    ["effective_from", (r) => r.effectiveFrom],
    ["effective_to", (r) => r.effectiveTo],
    ["areas", (r) => slugs(r.areas)],
    ["parks", (r) => slugs(r.parks)],
    ["industries", (r) => slugs(r.industries)],
    ...tail<TPolicyRecord>(),
  ],
  news: [
    ...head<TNewsRecord>(),
    ["published_on", (r) => r.publishedOn],
    ...text<TNewsRecord>("title", (r) => r.title),
    ...text<TNewsRecord>("summary", (r) => r.summary),
    ["event_kind", (r) => r.event?.kind],
    ["event_starts_on", (r) => r.event?.startsOn],
    ["event_ends_on", (r) => r.event?.endsOn],
    ...text<TNewsRecord>("event_place", (r) => r.event?.place ?? null),
    ["areas", (r) => slugs(r.areas)],
    ["parks", (r) => slugs(r.parks)],
    ["projects", (r) => slugs(r.projects)],
    ...tail<TNewsRecord>(),
  ],
  industries: [...head<TIndustryRecord>(), ...text<TIndustryRecord>("name", (r) => r.name), ...tail()],
  areas: [
    ...head<TAreaRecord>(),
    ...text<TAreaRecord>("name", (r) => r.name),
    ...text<TAreaRecord>("summary", (r) => r.summary),
    ...tail<TAreaRecord>(),
  ],
};

/**
 * Records of a collection as a CSV file's text: UTF-8 byte-order mark (so Excel reads the Chinese
 * columns as UTF-8), a header row, one row per record; formula-like cells neutralised by toCsv.
 */
export function openDataCsv<C extends OpenDataCollection>(
  collection: C,
  records: OpenDataRecord<C>[],
): string {
  const cols = columns[collection];
  const cell = (value: string | number | boolean | null | undefined) =>
    value === null || value === undefined ? "" : String(value);
  return `\uFEFF${toCsv([cols.map(([header]) => header), ...records.map((r) => cols.map(([, get]) => cell(get(r))))])}`;
}
