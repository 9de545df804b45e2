import type { useFormatter } from "next-intl";
import type { ComparisonLabels, TransportMode } from "@ig/domain";

type Translate = (key: string) => string;
type Format = Pick<ReturnType<typeof useFormatter>, "dateTime">;

/** The words a comparison takes from the messages, for the table (hooks) and the CSV (server functions). */
export function comparisonLabels(t: Translate, format: Format): ComparisonLabels {
  return {
    parkType: (type: string) => t(`parkType.${type}`),
    transportMode: (mode: TransportMode) => t(`transportMode.${mode}`),
    date: (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" }),
  };
}
