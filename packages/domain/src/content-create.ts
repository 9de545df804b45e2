import { z } from "zod";
import { ZEditText } from "./content-edit.ts";
import { parkTypes, policyCategories, projectStages } from "./enums.ts";
import { ZSlug } from "./record-keys.ts";
import { slugPattern } from "./slug.ts";

/**
 * The minimum a new record needs: its slug (the address of its public page, fixed once
 * created), its area(s), its name in both languages and what its kind cannot do without. It
 * starts as a draft; the other texts are filled in on its edit page before it is published.
 * Projects and parks belong to exactly one area, policies and news items to one or more.
 */
const ZNewSlug = z.string().trim().min(3).max(80).regex(slugPattern, "Use lowercase words joined by hyphens");
const oneArea = z.array(ZSlug).length(1, "Choose an area");
const someAreas = z.array(ZSlug).min(1, "Choose at least one area");

export const ZContentCreate = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("project"),
    slug: ZNewSlug,
    areas: oneArea,
    name: ZEditText,
    stage: z.enum(projectStages),
  }),
  z.object({
    kind: z.literal("park"),
    slug: ZNewSlug,
    areas: oneArea,
    name: ZEditText,
    type: z.enum(parkTypes),
  }),
  z.object({
    kind: z.literal("policy"),
    slug: ZNewSlug,
    areas: someAreas,
    title: ZEditText,
    category: z.enum(policyCategories),
    issuer: ZEditText,
  }),
  z.object({
    kind: z.literal("news"),
    slug: ZNewSlug,
    areas: someAreas,
    title: ZEditText,
    publishedOn: z.iso.date(),
  }),
]);
export type TContentCreate = z.infer<typeof ZContentCreate>;
