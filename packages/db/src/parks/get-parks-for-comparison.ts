import { ZComparedParks } from "@ig/domain";
import { getPark } from "./get-park.ts";

/**
 * The published parks among `slugs`, in the order given (the investor's column order); unknown
 * and draft parks are left out. A comparison holds at most four parks, so each is read through
 * getPark (its queries run side by side): one shape for the park page, the table and the CSV.
 */
export async function getParksForComparison(slugs: readonly string[]) {
  const parks = await Promise.all(ZComparedParks.parse(slugs).map((slug) => getPark(slug)));
  return parks.filter((park) => park !== null);
}
