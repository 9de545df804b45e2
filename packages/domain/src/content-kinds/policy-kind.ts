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
import { ZOptionalOwnerId, ZOptionalSourceId, ZOptionalUrl, ZSlugList } from "../content-fields.ts";
import { policyCategories } from "../enums.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/**
 * What staff may change on a policy (see content-edit.ts for `version` and blank fields). The
 * parks it applies to must lie in its areas (checked by the data layer): a park's page lists
 * exactly the policies linked to it.
 */
export const ZPolicyEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    areas: ZSomeAreas,
    title: ZEditText,
    summary: ZEditText,
    fullText: ZEditText,
    benefit: ZOptionalText,
    issuer: ZEditText,
    category: z.enum(policyCategories),
    documentNumber: z.preprocess(blankToNull, cleanString().trim().max(200).nullable()),
    effectiveFrom: ZOptionalDay,
    effectiveTo: ZOptionalDay,
    parks: ZSlugList,
    industries: ZSlugList,
    officialUrl: ZOptionalUrl,
    sourceId: ZOptionalSourceId,
    ownerId: ZOptionalOwnerId,
  })
  .refine((p) => !p.effectiveFrom || !p.effectiveTo || p.effectiveFrom <= p.effectiveTo, {
    path: ["effectiveTo"],
    error: "A policy cannot end before it starts",
  });
export type TPolicyEdit = z.infer<typeof ZPolicyEdit>;

const form = [
  { name: "areas", type: "areas" },
  { name: "title", type: "bilingual" },
  { name: "summary", type: "bilingual", multiline: true },
  { name: "fullText", type: "bilingual", multiline: true },
  { name: "benefit", type: "bilingual" },
  { name: "issuer", type: "bilingual" },
  { name: "category", type: "choice", options: policyCategories, labels: "policyCategory" },
  { name: "documentNumber", type: "text" },
  { name: "effectiveFrom", type: "date" },
  { name: "effectiveTo", type: "date" },
  { name: "parks", type: "links", to: "parks" },
  { name: "industries", type: "links", to: "industries" },
  { name: "officialUrl", type: "url" },
  { name: "sourceId", type: "source" },
  { name: "ownerId", type: "owner" },
] as const;

/** The policy: an incentive or facilitation measure of one or both new areas. */
export const policyKind = {
  entity: "Policy",
  path: "policies",
  hasSlug: true,
  nameField: "title",
  texts: ["title", "summary", "fullText", "benefit", "issuer"],
  manyAreas: true,
  editSchema: ZPolicyEdit,
  editFields: form.map((field) => field.name),
  form,
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
