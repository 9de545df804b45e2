import { z } from "zod";
import { cleanString } from "../clean-text.ts";
import {
  blankToNull,
  ZEditText,
  ZNewSlug,
  ZOptionalDay,
  ZOptionalText,
  ZSomeAreas,
  ZVersion,
} from "../content-edit.ts";
import { policyCategories } from "../enums.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

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

/** The policy: an incentive or facilitation measure of one or both new areas. */
export const policyKind = {
  entity: "Policy",
  path: "policies",
  hasSlug: true,
  nameField: "title",
  texts: ["title", "summary", "fullText", "benefit", "issuer"],
  manyAreas: true,
  editSchema: ZPolicyEdit,
  editFields: [
    "title",
    "summary",
    "fullText",
    "benefit",
    "issuer",
    "category",
    "documentNumber",
    "effectiveFrom",
    "effectiveTo",
  ],
  form: [
    { name: "title", type: "bilingual" },
    { name: "summary", type: "bilingual", multiline: true },
    { name: "fullText", type: "bilingual", multiline: true },
    { name: "benefit", type: "bilingual" },
    { name: "issuer", type: "bilingual" },
    { name: "category", type: "choice", options: policyCategories, labels: "policyCategory" },
    { name: "documentNumber", type: "text" },
    { name: "effectiveFrom", type: "date" },
    { name: "effectiveTo", type: "date" },
  ],
  dateFields: ["effectiveFrom", "effectiveTo"],
  searchFields: ["title", "summary", "benefit"],
  searchIndustries: true,
  createSchema: z.object({
    kind: z.literal("policy"),
    slug: ZNewSlug,
    areas: ZSomeAreas,
    title: ZEditText,
    category: z.enum(policyCategories),
    issuer: ZEditText,
  }),
  blankOnCreate: ["summary", "fullText"],
  listDetail: "category",
} as const satisfies ContentKindDefinition;
