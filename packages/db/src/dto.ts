// Read functions return plain, JSON-safe objects (ISO date strings, no Prisma types), so pages
// can cache them and the client bundle never sees a Prisma type.
import { dayIn, type FigureQualifier, type FigureUnit } from "@ig/domain";
import { config } from "./config/index.ts";

export type Localized = Record<string, string>;

export interface SourceView {
  title: Localized;
  publisher: Localized | null;
  publishedOn: string;
  datePrecision: string;
  url: string | null;
}

export interface FigureView {
  id: string;
  label: Localized;
  value: number;
  unit: FigureUnit;
  unitLabel: Localized | null;
  qualifier: FigureQualifier | null;
  period: Localized;
  source: SourceView;
}

export const sourceSelect = {
  title: true,
  publisher: true,
  publishedOn: true,
  datePrecision: true,
  url: true,
} as const;

export const figureSelect = {
  id: true,
  label: true,
  value: true,
  unit: true,
  unitLabel: true,
  qualifier: true,
  period: true,
  source: { select: sourceSelect },
} as const;

type SourceRow = {
  title: unknown;
  publisher: unknown;
  publishedOn: Date;
  datePrecision: string;
  url: string | null;
};

export function toSourceView(row: SourceRow): SourceView {
  return {
    title: row.title as Localized,
    publisher: (row.publisher as Localized | null) ?? null,
    publishedOn: row.publishedOn.toISOString().slice(0, 10),
    datePrecision: row.datePrecision,
    url: row.url,
  };
}

type FigureRow = {
  id: string;
  label: unknown;
  value: number;
  unit: string;
  unitLabel: unknown;
  qualifier: string | null;
  period: unknown;
  source: SourceRow;
};

export function toFigureView(row: FigureRow): FigureView {
  return {
    id: row.id,
    label: row.label as Localized,
    value: row.value,
    unit: row.unit as FigureUnit,
    unitLabel: (row.unitLabel as Localized | null) ?? null,
    qualifier: row.qualifier as FigureQualifier | null,
    period: row.period as Localized,
    source: toSourceView(row.source),
  };
}

/** A DATE column (a calendar day, which Prisma hands over as midnight UTC) as "YYYY-MM-DD". */
export const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The calendar day an instant (a timestamp column such as lastVerifiedAt) falls on in the
 * portal's time zone (APP_TIME_ZONE, China time): a verification at 07:30 China time is that day,
 * not the UTC day before.
 */
export const appDay = (instant: Date | null) => (instant ? dayIn(instant, config().timeZone) : null);

/** Where a park is on the map; `approximate` when the position is a district centre, not the site. */
export function toLocation(row: { lat: number | null; lng: number | null; locationApproximate: boolean }) {
  return row.lat !== null && row.lng !== null
    ? { lat: row.lat, lng: row.lng, approximate: row.locationApproximate }
    : null;
}
