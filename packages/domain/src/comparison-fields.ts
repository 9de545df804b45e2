import type { TransportMode } from "./enums.ts";
import { formatFigure, type FigureValue } from "./format-figure.ts";
import { localize, type Locale, type LocalizedResult } from "./locale.ts";

type Text = Partial<Record<string, string>>;

/** What a comparison needs of a park (the park page's DTO has all of it). */
export interface ComparablePark {
  type: string;
  sizeSqKm: number | null;
  lastVerifiedAt: string | null;
  area: { name: Text };
  industries: { name: Text }[];
  figures: (FigureValue & { label: Text; period: Text; source: { title: Text } })[];
  transport: { mode: TransportMode; text: Text }[];
  policies: { title: Text }[];
}

/** Words that come from the app's messages and formatter rather than from the park. */
export interface ComparisonLabels {
  parkType: (type: string) => string;
  transportMode: (mode: TransportMode) => string;
  date: (isoDate: string) => string;
}

/** One line of a cell. `isFallback`: part of it is English because a translation is missing. */
export type ComparisonLine = Pick<LocalizedResult, "text" | "isFallback">;

type Cell = (park: ComparablePark, locale: Locale, labels: ComparisonLabels) => ComparisonLine[];

const plain = (text: string): ComparisonLine => ({ text, isFallback: false });
const colon: Record<Locale, string> = { en: ": ", zh: "：" };

function figureLine(figure: ComparablePark["figures"][number], locale: Locale): ComparisonLine {
  const label = localize(figure.label, locale);
  const period = localize(figure.period, locale);
  const source = localize(figure.source.title, locale);
  const value = formatFigure(figure, locale);
  const text =
    locale === "zh"
      ? `${label.text}：${value}（统计期：${period.text}；来源：${source.text}）`
      : `${label.text}: ${value} (period: ${period.text}; source: ${source.text})`;
  return { text, isFallback: label.isFallback || period.isFallback || source.isFallback };
}

// The rows of a comparison, in this order: where a park is and what it is first, then what it
// offers, then how fresh that is. Every park gets every row, in the table and in the CSV alike; a
// row a park has nothing for stays, empty, so the parks still line up.
const cells = {
  area: (park, locale) => [localize(park.area.name, locale)],
  type: (park, _, labels) => [plain(labels.parkType(park.type))],
  size: (park, locale) =>
    park.sizeSqKm === null ? [] : [plain(formatFigure({ value: park.sizeSqKm, unit: "sqkm" }, locale))],
  industries: (park, locale) => park.industries.map((industry) => localize(industry.name, locale)),
  figures: (park, locale) => park.figures.map((figure) => figureLine(figure, locale)),
  transport: (park, locale, labels) =>
    park.transport.map((link) => {
      const text = localize(link.text, locale);
      return {
        text: `${labels.transportMode(link.mode)}${colon[locale]}${text.text}`,
        isFallback: text.isFallback,
      };
    }),
  policies: (park, locale) => park.policies.map((policy) => localize(policy.title, locale)),
  lastVerified: (park, _, labels) => (park.lastVerifiedAt ? [plain(labels.date(park.lastVerifiedAt))] : []),
} satisfies Record<string, Cell>;

export type ComparisonField = keyof typeof cells;
export const comparisonFields = Object.keys(cells) as readonly ComparisonField[];

/** What one park shows in one row, as lines of text in the page's language. */
export function comparisonCell(
  park: ComparablePark,
  field: ComparisonField,
  locale: Locale,
  labels: ComparisonLabels,
): ComparisonLine[] {
  // Lines built from localize() also carry its `locale`; callers need only these two.
  return cells[field](park, locale, labels).map(({ text, isFallback }) => ({ text, isFallback }));
}
