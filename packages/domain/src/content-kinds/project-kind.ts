import { z } from "zod";
import { countryCodes } from "../countries.ts";
import { blankToNull, ZEditText, ZNewSlug, ZOneArea, ZVersion } from "../content-edit.ts";
import { projectStages } from "../enums.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/** What staff may change on a project (see content-edit.ts for `version` and blank fields). */
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

/** The project: an investment opportunity or a signed, building or operating project. */
export const projectKind = {
  entity: "Project",
  path: "projects",
  hasSlug: true,
  nameField: "name",
  texts: ["name", "summary", "description", "investor"],
  manyAreas: false,
  editSchema: ZProjectEdit,
  editFields: ["name", "summary", "description", "stage", "amount", "currency", "partnerCountry"],
  form: [
    { name: "name", type: "bilingual" },
    { name: "summary", type: "bilingual", multiline: true },
    { name: "description", type: "bilingual", multiline: true },
    { name: "stage", type: "choice", options: projectStages, labels: "projectStage" },
    { name: "amount", type: "number" },
    { name: "currency", type: "choice", options: ["CNY", "USD"], optional: true },
    { name: "partnerCountry", type: "country" },
  ],
  dateFields: [],
  searchFields: ["name", "summary", "investor"],
  searchIndustries: true,
  createSchema: z.object({
    kind: z.literal("project"),
    slug: ZNewSlug,
    areas: ZOneArea,
    name: ZEditText,
    stage: z.enum(projectStages),
  }),
  blankOnCreate: ["summary", "description"],
  listDetail: "stage",
} as const satisfies ContentKindDefinition;
