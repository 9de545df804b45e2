import { z } from "zod";
import { ZEditText, ZVersion } from "./content-edit.ts";
import { ZSlug } from "./record-keys.ts";

/** What an administrator may change on an industry (the schema stores only its bilingual name). */
export const ZIndustryEdit = z.object({
  slug: ZSlug,
  version: ZVersion,
  name: ZEditText,
});
export type TIndustryEdit = z.infer<typeof ZIndustryEdit>;

export const industryEditFields = ["name"] as const;
