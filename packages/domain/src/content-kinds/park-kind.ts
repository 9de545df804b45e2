import { z } from "zod";
import { ZEditText, ZNewSlug, ZOneArea, ZVersion } from "../content-edit.ts";
import { parkTypes } from "../enums.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/** What staff may change on a park (see content-edit.ts for `version` and blank fields). */
export const ZParkEdit = z.object({
  slug: ZSlug,
  version: ZVersion,
  name: ZEditText,
  summary: ZEditText,
  description: ZEditText,
  type: z.enum(parkTypes),
});
export type TParkEdit = z.infer<typeof ZParkEdit>;

/** The park: any platform an investor can locate in (bonded zone, cooperation park, science city …). */
export const parkKind = {
  entity: "Park",
  path: "parks",
  hasSlug: true,
  nameField: "name",
  texts: ["name", "summary", "description", "address", "contactName"],
  manyAreas: false,
  editSchema: ZParkEdit,
  editFields: ["name", "summary", "description", "type"],
  form: [
    { name: "name", type: "bilingual" },
    { name: "summary", type: "bilingual", multiline: true },
    { name: "description", type: "bilingual", multiline: true },
    { name: "type", type: "choice", options: parkTypes, labels: "parkType" },
  ],
  dateFields: [],
  searchFields: ["name", "summary"],
  searchIndustries: true,
  createSchema: z.object({
    kind: z.literal("park"),
    slug: ZNewSlug,
    areas: ZOneArea,
    name: ZEditText,
    type: z.enum(parkTypes),
  }),
  blankOnCreate: ["summary", "description"],
  listDetail: "type",
} as const satisfies ContentKindDefinition;
