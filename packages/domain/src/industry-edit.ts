import { z } from "zod";
import { ZEditText, ZVersion } from "./content-edit.ts";

/** What an administrator may change on an industry (the schema stores only its bilingual name). */
export const ZIndustryEdit = z.object({
  slug: z.string().trim().min(1).max(200),
  version: ZVersion,
  name: ZEditText,
});
export type TIndustryEdit = z.infer<typeof ZIndustryEdit>;

export const industryEditFields = ["name"] as const;
