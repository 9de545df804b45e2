import { z } from "zod";
import { countryCodes } from "../countries.ts";
import {
  blankToNull,
  ZEditText,
  ZNewSlug,
  ZOneArea,
  ZOptionalDay,
  ZOptionalText,
  ZVersion,
} from "../content-edit.ts";
import { ZOptionalSlug, ZOptionalOwnerId, ZOptionalSourceId, ZSlugList } from "../content-fields.ts";
import { projectStages } from "../enums.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

const inOrder = (...days: (string | null)[]) => {
  const given = days.filter((day) => day !== null);
  return given.every((day, i) => i === 0 || given[i - 1]! <= day);
};

/**
 * What staff may change on a project (see content-edit.ts for `version` and blank fields). Its
 * park must lie in its area (checked by the data layer); its dates, where given, run signed →
 * construction started → in operation.
 */
export const ZProjectEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    areas: ZOneArea,
    park: ZOptionalSlug,
    name: ZEditText,
    summary: ZEditText,
    description: ZEditText,
    industries: ZSlugList,
    investor: ZOptionalText,
    partnerCountry: z.preprocess(blankToNull, z.enum(countryCodes).nullable()),
    amount: z.preprocess(blankToNull, z.coerce.number().positive().max(1e13).nullable()),
    currency: z.preprocess(blankToNull, z.enum(["CNY", "USD"]).nullable()),
    stage: z.enum(projectStages),
    signedOn: ZOptionalDay,
    startedOn: ZOptionalDay,
    completedOn: ZOptionalDay,
    sourceId: ZOptionalSourceId,
    ownerId: ZOptionalOwnerId,
  })
  .refine((p) => (p.amount === null) === (p.currency === null), {
    path: ["currency"],
    error: "An amount needs its currency, and a currency its amount",
  })
  .refine((p) => inOrder(p.signedOn, p.startedOn, p.completedOn), {
    path: ["completedOn"],
    error: "Signed, started and in operation follow each other in time",
  });
export type TProjectEdit = z.infer<typeof ZProjectEdit>;

const form = [
  { name: "areas", type: "areas" },
  { name: "park", type: "park" },
  { name: "name", type: "bilingual" },
  { name: "summary", type: "bilingual", multiline: true },
  { name: "description", type: "bilingual", multiline: true },
  { name: "industries", type: "links", to: "industries" },
  { name: "investor", type: "bilingual" },
  { name: "partnerCountry", type: "country" },
  { name: "amount", type: "number" },
  { name: "currency", type: "choice", options: ["CNY", "USD"], optional: true },
  { name: "stage", type: "choice", options: projectStages, labels: "projectStage" },
  { name: "signedOn", type: "date" },
  { name: "startedOn", type: "date" },
  { name: "completedOn", type: "date" },
  { name: "sourceId", type: "source" },
  { name: "ownerId", type: "owner" },
] as const;

/** The project: an investment opportunity or a signed, building or operating project. */
export const projectKind = {
  entity: "Project",
  path: "projects",
  hasSlug: true,
  nameField: "name",
  texts: ["name", "summary", "description", "investor"],
  manyAreas: false,
  editSchema: ZProjectEdit,
  editFields: form.map((field) => field.name),
  form,
  dateFields: ["signedOn", "startedOn", "completedOn"],
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
