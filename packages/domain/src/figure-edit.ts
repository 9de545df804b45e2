import { z } from "zod";
import { blankToNull, ZEditText, ZVersion } from "./content-edit.ts";
import { figureQualifiers, figureUnits } from "./enums.ts";
import { ZRecordId } from "./record-keys.ts";

/**
 * What staff may change on a figure. Figures have no slug: they are named by their id. `source`
 * must name an existing Source (the data layer refuses another); the period stays free text in
 * both languages, as the sources state it ("2023", "Jan–Jun 2024").
 */
export const ZFigureEdit = z.object({
  id: ZRecordId,
  version: ZVersion,
  label: ZEditText,
  // An empty field must not become 0 (z.coerce.number("") is 0): blank is "missing".
  value: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number().min(-1e15).max(1e15),
  ),
  unit: z.enum(figureUnits),
  qualifier: z.preprocess(blankToNull, z.enum(figureQualifiers).nullable()),
  period: ZEditText,
  sourceId: ZRecordId,
  // A checkbox sends "on" when ticked and nothing when not; JSON clients send a boolean.
  headline: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type TFigureEdit = z.infer<typeof ZFigureEdit>;

/** The figure fields an edit may change, in the order the audit log lists them. */
export const figureEditFields = [
  "label",
  "value",
  "unit",
  "qualifier",
  "period",
  "sourceId",
  "headline",
] as const;
