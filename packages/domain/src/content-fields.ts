import { z } from "zod";
import { cleanString } from "./clean-text.ts";
import { blankToNull, ZEditText } from "./content-edit.ts";
import { transportModes } from "./enums.ts";
import { ZRecordId, ZSlug } from "./record-keys.ts";

/**
 * The field schemas the content kinds' edit schemas share beyond texts and dates. Form fields
 * arrive as strings (repeated checkboxes as several), JSON clients send numbers, booleans and
 * arrays: both parse the same.
 */

/** Links to other records by slug (industries, parks, policies, projects, areas), sorted, no repeats. */
export const ZSlugList = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(ZSlug)
    .max(200)
    .transform((slugs) => [...new Set(slugs)].sort()),
);

/** One linked record by slug (a project's park), or none. */
export const ZOptionalSlug = z.preprocess(blankToNull, ZSlug.nullable());

/** The record a fact cites (a Source's id), or none. */
export const ZOptionalSourceId = z.preprocess(blankToNull, ZRecordId.nullable());

/**
 * The staff member who answers for a record (a StaffUser's id), or none. Only the data layer can
 * tell whether they may own it (active, and allowed to edit every area of the record).
 */
export const ZOptionalOwnerId = z.preprocess(blankToNull, ZRecordId.nullable());

/** A number within bounds, or none (an empty field is "none", never 0). */
export const optionalNumber = (min: number, max: number) =>
  z.preprocess(blankToNull, z.coerce.number().min(min).max(max).nullable());

/** A checkbox: "on" when ticked, nothing when not; JSON clients send a boolean. */
export const ZCheckbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const optionalString = (schema: z.ZodType<string>) => z.preprocess(blankToNull, schema.nullable());

/** A phone number as dialled from abroad or in China: digits, spaces, +, -, parentheses, 5–30 signs. */
export const ZOptionalPhone = optionalString(
  cleanString()
    .trim()
    .regex(/^\+?[\d\s()-]{5,30}$/, "Digits, spaces, +, - and parentheses only"),
);
export const ZOptionalEmail = optionalString(cleanString().trim().max(254).pipe(z.email()));
/** WeChat IDs: 6–20 letters, digits, "-" or "_", starting with a letter. */
export const ZOptionalWechat = optionalString(
  cleanString()
    .trim()
    .regex(/^[A-Za-z][-_A-Za-z0-9]{5,19}$/, "6–20 letters, digits, - or _, starting with a letter"),
);
/** A public web address (http or https only: no javascript: or data: links on a public page). */
export const ZOptionalUrl = optionalString(
  cleanString()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/ })),
);

/** A park's size in km², the unit comparisons and filters use (100 ha = 1 km²); null without one. */
export function sizeInSqKm(value: number | null, unit: string | null) {
  if (value === null) return null;
  return unit === "ha" ? value / 100 : value;
}

const ZTransportLink = z.object({
  mode: z.enum(transportModes),
  text: ZEditText,
  /** Distance from the park in kilometres, where known. */
  distanceKm: optionalNumber(0, 20000),
});
export type TTransportLink = z.infer<typeof ZTransportLink>;

/**
 * A park's transport links, at most one per mode. The form sends them keyed by mode
 * (`transport.rail.en`, `transport.rail.zh`, `transport.rail.distanceKm`); a mode whose text is
 * blank in both languages has no link. JSON clients may send the stored array itself.
 */
export const ZTransportLinks = z.preprocess(
  (value) => {
    if (Array.isArray(value) || typeof value !== "object" || value === null) return value ?? [];
    const byMode = value as Record<string, { en?: string; zh?: string; distanceKm?: unknown }>;
    return transportModes
      .filter((mode) => byMode[mode]?.en?.trim() || byMode[mode]?.zh?.trim())
      .map((mode) => {
        const { distanceKm, ...text } = byMode[mode]!;
        return { mode, text, distanceKm };
      });
  },
  z
    .array(ZTransportLink)
    .max(transportModes.length)
    .refine((links) => new Set(links.map((l) => l.mode)).size === links.length, "One link per mode"),
);
