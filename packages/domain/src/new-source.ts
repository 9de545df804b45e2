import { z } from "zod";
import { ZEditText, ZOptionalText } from "./content-edit.ts";
import { ZOptionalUrl } from "./content-fields.ts";
import type { FormField } from "./content-kinds/kind-definition.ts";
import { ZDay } from "./enquiry-inbox.ts";

/**
 * A Source staff type into a content form instead of choosing an existing one ("or enter a new
 * source"): its title in both languages (English required), publisher (optional, both
 * languages), the day it was published (YYYY-MM-DD) and its web address (http or https only).
 */
export const ZNewSource = z.object({
  title: ZEditText,
  publisher: ZOptionalText,
  publishedOn: ZDay,
  url: ZOptionalUrl,
});
export type TNewSource = z.infer<typeof ZNewSource>;

/** Every text of a sent new source, nested or not (title.en, url …). */
const textsOf = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : typeof value === "object" && value !== null
      ? Object.values(value).flatMap(textsOf)
      : [];

/** A new source left wholly blank is no new source. */
const ZOptionalNewSource = z.preprocess(
  (value) => (textsOf(value).some((text) => text.trim() !== "") ? value : undefined),
  ZNewSource.optional(),
);

/**
 * The new sources of one save of a kind, by the `source` field they fill (`newSource.sourceId.title.en`
 * … in the form): only that kind's source fields are accepted. A new source takes the place of
 * the source chosen in the same field.
 */
export function newSourcesSchema(form: readonly FormField[]) {
  const fields = form.filter((field) => field.type === "source").map((field) => field.name);
  return z.preprocess(
    (value) => value ?? {},
    z.strictObject(Object.fromEntries(fields.map((name) => [name, ZOptionalNewSource]))),
  ) as z.ZodType<Record<string, TNewSource | undefined>>;
}
