import { z } from "zod";
import { ZEditText, ZNewSlug, ZOneArea, ZOptionalText, ZVersion } from "../content-edit.ts";
import {
  optionalNumber,
  sizeInSqKm,
  ZCheckbox,
  ZOptionalEmail,
  ZOptionalPhone,
  ZOptionalOwnerId,
  ZOptionalSourceId,
  ZOptionalWechat,
  ZSlugList,
  ZTransportLinks,
} from "../content-fields.ts";
import { parkTypes, sizeUnits } from "../enums.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/**
 * What staff may change on a park (see content-edit.ts for `version` and blank fields): every
 * field its public page shows. Its contact's office hours are free text in China time; a size
 * needs its unit, a position both coordinates.
 */
export const ZParkEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    areas: ZOneArea,
    type: z.enum(parkTypes),
    name: ZEditText,
    summary: ZEditText,
    description: ZEditText,
    industries: ZSlugList,
    address: ZOptionalText,
    lat: optionalNumber(-90, 90),
    lng: optionalNumber(-180, 180),
    locationApproximate: ZCheckbox,
    sizeValue: optionalNumber(0.0001, 1e6),
    sizeUnit: z.preprocess((v) => (v === "" ? null : v), z.enum(sizeUnits).nullable()),
    sizeSourceId: ZOptionalSourceId,
    transport: ZTransportLinks,
    contactName: ZOptionalText,
    contactPhone: ZOptionalPhone,
    contactEmail: ZOptionalEmail,
    contactWechat: ZOptionalWechat,
    contactHours: ZOptionalText,
    policies: ZSlugList,
    sourceId: ZOptionalSourceId,
    ownerId: ZOptionalOwnerId,
  })
  .refine((p) => (p.lat === null) === (p.lng === null), {
    path: ["lng"],
    error: "A position needs both latitude and longitude",
  })
  .refine((p) => p.sizeValue === null || p.sizeUnit !== null, {
    path: ["sizeUnit"],
    error: "A size needs its unit",
  })
  .transform((p) => ({ ...p, sizeUnit: p.sizeValue === null ? null : p.sizeUnit }));
export type TParkEdit = z.infer<typeof ZParkEdit>;

const form = [
  { name: "areas", type: "areas" },
  { name: "type", type: "choice", options: parkTypes, labels: "parkType" },
  { name: "name", type: "bilingual" },
  { name: "summary", type: "bilingual", multiline: true },
  { name: "description", type: "bilingual", multiline: true },
  { name: "industries", type: "links", to: "industries" },
  { name: "address", type: "bilingual" },
  { name: "lat", type: "number" },
  { name: "lng", type: "number" },
  { name: "locationApproximate", type: "checkbox" },
  { name: "sizeValue", type: "number" },
  { name: "sizeUnit", type: "choice", options: sizeUnits, labels: "sizeUnit", optional: true },
  { name: "sizeSourceId", type: "source" },
  { name: "transport", type: "transport" },
  { name: "contactName", type: "bilingual" },
  { name: "contactPhone", type: "tel" },
  { name: "contactEmail", type: "email" },
  { name: "contactWechat", type: "text" },
  { name: "contactHours", type: "bilingual" },
  { name: "policies", type: "links", to: "policies" },
  { name: "sourceId", type: "source" },
  { name: "ownerId", type: "owner" },
] as const;

/** The park: any platform an investor can locate in (bonded zone, cooperation park, science city …). */
export const parkKind = {
  entity: "Park",
  path: "parks",
  hasSlug: true,
  nameField: "name",
  texts: ["name", "summary", "description", "address", "contactName", "contactHours"],
  manyAreas: false,
  editSchema: ZParkEdit,
  editFields: form.map((field) => field.name),
  form,
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
  derivedColumns: (park: TParkEdit) => ({ sizeSqKm: sizeInSqKm(park.sizeValue, park.sizeUnit) }),
} as const satisfies ContentKindDefinition;
