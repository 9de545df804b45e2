import { z } from "zod";
import { ZDay } from "./enquiry-inbox.ts";
import { ZLocalizedText } from "./localized-text.ts";
import { ZSlug } from "./record-keys.ts";
import { slugPattern } from "./slug.ts";

/**
 * The pieces every content kind's edit and create schemas are built from (content-kinds/).
 * `version` is the record's version the editor started from: a save against an older version is
 * refused (optimistic concurrency), so two editors never overwrite each other silently. Form
 * fields arrive as strings: an empty optional field means "none".
 */
export const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
export const ZVersion = z.coerce.number().int().positive();

/** Browsers submit a textarea's line breaks as CRLF: store them as "\n", or every save "changes" them. */
const unix = (text: string) => text.replace(/\r\n?/g, "\n");
export const ZEditText = ZLocalizedText.overwrite((text) => ({ en: unix(text.en), zh: unix(text.zh) }));

/** An optional bilingual text: both languages left blank means "none". */
export const ZOptionalText = z.preprocess((value) => {
  const text = value as { en?: string; zh?: string } | null | undefined;
  return text?.en?.trim() || text?.zh?.trim() ? text : null;
}, ZEditText.nullable());

/** A day (YYYY-MM-DD, years 1900–2999: see ZDay), or none. */
export const ZOptionalDay = z.preprocess(blankToNull, ZDay.nullable());

/**
 * A new record's slug (the address of its public page, fixed once created) and its area(s):
 * projects and parks belong to exactly one area, policies and news items to one or more.
 */
export const ZNewSlug = z
  .string()
  .trim()
  .min(3)
  .max(80)
  .regex(slugPattern, "Use lowercase words joined by hyphens");
export const ZOneArea = z.array(ZSlug).length(1, "Choose an area");
export const ZSomeAreas = z.array(ZSlug).min(1, "Choose at least one area");

/** The draft revision of a published record an edit form started from (0: none; see the data layer's drafts/). */
export const ZDraftRevision = z
  .preprocess(
    blankToNull,
    z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .nullable(),
  )
  .transform((revision) => revision ?? 0);

/** Publishing or unpublishing a record, from the version the editor saw. */
export const ZStatusChange = z.object({ slug: ZSlug, version: ZVersion });
