import { z } from "zod";
import { maxComparedParks } from "./comparison-selection.ts";
import type { SearchParams } from "./search-params.ts";
import { slugPattern } from "./slug.ts";

/** The parks of one comparison, as park slugs in the order the investor chose them. */
export const ZComparedParks = z
  .array(z.string().regex(slugPattern))
  .max(maxComparedParks)
  .refine((slugs) => new Set(slugs).size === slugs.length, "A park can be in a comparison only once");
export type TComparedParks = z.infer<typeof ZComparedParks>;

/**
 * The `parks` URL parameter: slugs joined by commas (`?parks=a,b`, the shareable form) or repeated
 * (`?parks=a&parks=b`, what the no-JavaScript "add a park" form sends). Null when the link is not
 * a valid comparison, so the page can say so instead of silently comparing something else.
 */
export function parseComparedParks(params: SearchParams): TComparedParks | null {
  const slugs = [params.parks ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((slug) => slug.trim())
    .filter(Boolean);
  const parsed = ZComparedParks.safeParse(slugs);
  return parsed.success ? parsed.data : null;
}
