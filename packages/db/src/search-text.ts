/**
 * The text a record is found by: every locale of the given fields, lower-cased, in one column
 * the data layer writes with the record (so search never has to unpack JSON at query time).
 */
export function searchTextOf(...fields: (Record<string, string> | null | undefined)[]): string {
  return fields
    .flatMap((field) => (field ? Object.values(field) : []))
    .join(" ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
