import { z } from "zod";
import { blankToNull, ZEditText, ZVersion } from "./content-edit.ts";
import { cleanString } from "./clean-text.ts";
import { policyCategories } from "./enums.ts";
import { ZSlug } from "./record-keys.ts";

const ZDay = z.iso.date();
const ZOptionalDay = z.preprocess(blankToNull, ZDay.nullable());

/** An optional bilingual text: both languages left blank means "none". */
const ZOptionalText = z.preprocess((value) => {
  const text = value as { en?: string; zh?: string } | null | undefined;
  return text?.en?.trim() || text?.zh?.trim() ? text : null;
}, ZEditText.nullable());

/** What staff may change on a policy (see content-edit.ts for `version` and blank fields). */
export const ZPolicyEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    title: ZEditText,
    summary: ZEditText,
    fullText: ZEditText,
    benefit: ZOptionalText,
    issuer: ZEditText,
    category: z.enum(policyCategories),
    documentNumber: z.preprocess(blankToNull, cleanString().trim().max(200).nullable()),
    effectiveFrom: ZOptionalDay,
    effectiveTo: ZOptionalDay,
  })
  .refine((p) => !p.effectiveFrom || !p.effectiveTo || p.effectiveFrom <= p.effectiveTo, {
    path: ["effectiveTo"],
    error: "A policy cannot end before it starts",
  });
export type TPolicyEdit = z.infer<typeof ZPolicyEdit>;

/** What staff may change on a news item. */
export const ZNewsEdit = z.object({
  slug: ZSlug,
  version: ZVersion,
  title: ZEditText,
  summary: ZEditText,
  body: ZEditText,
  publishedOn: ZDay,
});
export type TNewsEdit = z.infer<typeof ZNewsEdit>;

export const policyEditFields = [
  "title",
  "summary",
  "fullText",
  "benefit",
  "issuer",
  "category",
  "documentNumber",
  "effectiveFrom",
  "effectiveTo",
] as const;
export const newsEditFields = ["title", "summary", "body", "publishedOn"] as const;
