import { useFormatter } from "next-intl";

/** A calendar date (YYYY-MM-DD) in the page's language, in a <time> element. */
export function FormattedDate({ iso }: { iso: string }) {
  const format = useFormatter();
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return (
    <time dateTime={iso.slice(0, 10)}>{format.dateTime(date, { dateStyle: "long", timeZone: "UTC" })}</time>
  );
}
