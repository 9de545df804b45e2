// The parts every open-data record shares (see @ig/domain/open-data-records): texts in both
// languages, links, sources and figures, mapped from rows without anything staff-only (no ids,
// no owner, no status).
import type { FigureQualifier, FigureUnit } from "@ig/domain";
import type { OpenDataCollection, TLocalized } from "@ig/domain/open-data-records";
import { openDataPageUrls } from "@ig/domain/open-data-urls";
import { appDay, isoDate, sourceSelect } from "../dto.ts";

export const published = { status: "published" } as const;
const linkSelect = { slug: true, name: true } as const;
export const publishedLinks = { where: published, select: linkSelect, orderBy: { slug: "asc" } } as const;
export const publishedSlugs = { where: published, select: { slug: true }, orderBy: { slug: "asc" } } as const;
const figureRecordSelect = {
  label: true,
  value: true,
  unit: true,
  unitLabel: true,
  qualifier: true,
  period: true,
  source: { select: sourceSelect },
} as const;
export const publishedFigures = {
  where: published,
  orderBy: { sortOrder: "asc" },
  select: figureRecordSelect,
} as const;

/** A stored { en, zh } text; an empty or missing language is null (not yet translated). */
export function localized(value: unknown): TLocalized {
  const text = (value ?? {}) as Record<string, unknown>;
  const of = (locale: string) => (typeof text[locale] === "string" && text[locale] ? text[locale] : null);
  return { en: of("en"), zh: of("zh") };
}
export const localizedOrNull = (value: unknown) =>
  value === null || value === undefined ? null : localized(value);

export const toLink = (row: { slug: string; name: unknown }) => ({
  slug: row.slug,
  name: localized(row.name),
});
export const toSlugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);

type SourceRow = {
  title: unknown;
  publisher: unknown;
  publishedOn: Date;
  datePrecision: string;
  url: string | null;
};
export function toSource(row: SourceRow) {
  return {
    title: localized(row.title),
    publisher: localizedOrNull(row.publisher),
    publishedOn: isoDate(row.publishedOn)!,
    datePrecision: row.datePrecision as "day" | "month" | "year",
    url: row.url,
  };
}

type FigureRow = {
  label: unknown;
  value: number;
  unit: string;
  unitLabel: unknown;
  qualifier: string | null;
  period: unknown;
  source: SourceRow;
};
export function toFigure(row: FigureRow) {
  return {
    label: localized(row.label),
    value: row.value,
    unit: row.unit as FigureUnit,
    unitLabel: localizedOrNull(row.unitLabel),
    qualifier: row.qualifier as FigureQualifier | null,
    period: localized(row.period),
    source: toSource(row.source),
  };
}

/** slug, pageUrls (on `siteUrl`), lastVerifiedOn, updatedAt and source: the fields of every record. */
export function commonFields(
  collection: OpenDataCollection,
  row: { slug: string; lastVerifiedAt: Date | null; updatedAt: Date; source?: SourceRow | null },
  siteUrl: string,
) {
  return {
    slug: row.slug,
    pageUrls: openDataPageUrls(siteUrl, collection, row.slug),
    lastVerifiedOn: appDay(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    source: row.source ? toSource(row.source) : null,
  };
}

/**
 * Which records a read returns: the collection's filters, or one slug; and which page of them.
 * `siteUrl`: the portal's public origin, for the records' page URLs.
 */
export interface RecordQuery {
  siteUrl: string;
  filter: Record<string, string | boolean | undefined>;
  slug?: string;
  skip: number;
  take: number;
}
