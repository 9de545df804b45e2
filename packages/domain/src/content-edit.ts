import { z } from "zod";
import { countryCodes } from "./countries.ts";
import { parkTypes, projectStages } from "./enums.ts";
import { ZLocalizedText } from "./localized-text.ts";
import { ZSlug } from "./record-keys.ts";

/**
 * What staff may change on a project or a park. `version` is the record's version the editor
 * started from: a save against an older version is refused (optimistic concurrency), so two
 * editors never overwrite each other silently. Form fields arrive as strings: an empty optional
 * field means "none".
 */
export const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
export const ZVersion = z.coerce.number().int().positive();

/** Browsers submit a textarea's line breaks as CRLF: store them as "\n", or every save "changes" them. */
const unix = (text: string) => text.replace(/\r\n?/g, "\n");
export const ZEditText = ZLocalizedText.overwrite((text) => ({ en: unix(text.en), zh: unix(text.zh) }));

export const ZProjectEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    name: ZEditText,
    summary: ZEditText,
    description: ZEditText,
    stage: z.enum(projectStages),
    amount: z.preprocess(blankToNull, z.coerce.number().positive().max(1e13).nullable()),
    currency: z.preprocess(blankToNull, z.enum(["CNY", "USD"]).nullable()),
    partnerCountry: z.preprocess(blankToNull, z.enum(countryCodes).nullable()),
  })
  .refine((p) => (p.amount === null) === (p.currency === null), {
    path: ["currency"],
    error: "An amount needs its currency, and a currency its amount",
  });
export type TProjectEdit = z.infer<typeof ZProjectEdit>;

export const ZParkEdit = z.object({
  slug: ZSlug,
  version: ZVersion,
  name: ZEditText,
  summary: ZEditText,
  description: ZEditText,
  type: z.enum(parkTypes),
});
export type TParkEdit = z.infer<typeof ZParkEdit>;

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

/** The content fields an edit may change, in the order the audit log lists them. */
export const projectEditFields = [
  "name",
  "summary",
  "description",
  "stage",
  "amount",
  "currency",
  "partnerCountry",
] as const;
export const parkEditFields = ["name", "summary", "description", "type"] as const;
