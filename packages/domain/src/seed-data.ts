import { z } from "zod";
import {
  areaSlugs,
  figureQualifiers,
  figureUnits,
  parkTypes,
  policyCategories,
  projectStages,
  sizeUnits,
  transportModes,
} from "./enums.ts";
import { ZLocalizedText } from "./localized-text.ts";
import { eventDaysInOrder, ZNewsEventFields } from "./news-event.ts";
import { slugPattern } from "./slug.ts";

/** The shapes of the reviewable seed files in prisma/seed-data (see its README). */
const slug = z.string().regex(slugPattern);
const date = z.iso.date();
const text = ZLocalizedText.extend({ zh: z.string().trim().min(1) });
const sourceKey = z.string().regex(/^s\d{3}$/);

export const ZSeedSource = z.object({
  key: sourceKey,
  file: z.string(),
  title: text,
  publisher: text.nullable(),
  publishedOn: date,
  datePrecision: z.enum(["day", "month", "year"]),
  url: z.url().nullable(),
});

export const ZSeedArea = z.object({
  slug: z.enum(areaSlugs),
  name: text,
  summary: text,
  description: text,
  source: sourceKey,
});

export const ZSeedIndustry = z.object({ slug, name: text });

export const ZSeedPark = z.object({
  slug,
  area: z.enum(areaSlugs),
  type: z.enum(parkTypes),
  name: text,
  summary: text,
  description: text,
  industries: z.array(slug),
  location: z.object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    approximate: z.boolean(),
  }),
  address: text.nullable(),
  /** The size as the source states it, and which source that is. */
  size: z.object({ value: z.number().positive(), unit: z.enum(sizeUnits), source: sourceKey }).nullable(),
  transport: z.array(
    z.object({
      mode: z.enum(transportModes),
      text,
      distanceKm: z.number().nonnegative().nullable().optional(),
    }),
  ),
  contact: z
    .object({
      name: text.nullable(),
      email: z.email().nullable(),
      phone: z.string().nullable(),
      wechat: z.string().nullable(),
      hours: text.nullable(),
    })
    .nullable(),
  featured: z.boolean(),
  source: sourceKey,
});

export const ZSeedFigure = z.object({
  owner: z.union([
    z.object({ area: z.enum(areaSlugs) }).strict(),
    z.object({ park: slug }).strict(),
    z.object({ project: slug }).strict(),
  ]),
  label: text,
  value: z.number(),
  unit: z.enum(figureUnits),
  unitLabel: text.nullable(),
  qualifier: z.enum(figureQualifiers).nullable(),
  period: text,
  headline: z.boolean(),
  source: sourceKey,
});

export const ZSeedProject = z.object({
  slug,
  area: z.enum(areaSlugs),
  park: slug.nullable(),
  name: text,
  summary: text,
  description: text,
  industries: z.array(slug),
  investor: text.nullable(),
  partnerCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  amount: z.number().positive().nullable(),
  currency: z.enum(["CNY", "USD"]).nullable(),
  stage: z.enum(projectStages),
  signedOn: date.nullable(),
  source: sourceKey,
});

/**
 * A park a policy applies to, with the sentence of a source text that says so (the policy's or
 * the park's text, verbatim): a policy of an area does not apply to every park of it by default.
 */
export const ZSeedPolicyPark = z.object({ park: slug, evidence: z.string().trim().min(20) }).strict();

export const ZSeedPolicy = z.object({
  slug,
  category: z.enum(policyCategories),
  title: text,
  summary: text,
  fullText: text,
  benefit: text.nullable(),
  issuer: text,
  documentNumber: z.string().nullable(),
  effectiveFrom: date.nullable(),
  effectiveTo: date.nullable(),
  areas: z.array(z.enum(areaSlugs)),
  parks: z.array(ZSeedPolicyPark),
  industries: z.array(slug),
  source: sourceKey,
});

export const ZSeedNewsItem = z.object({
  slug,
  title: text,
  summary: text,
  body: text,
  publishedOn: date,
  event: ZNewsEventFields.extend({ place: text })
    .refine(eventDaysInOrder.check, eventDaysInOrder.params)
    .nullable(),
  areas: z.array(z.enum(areaSlugs)),
  parks: z.array(slug),
  projects: z.array(slug),
  source: sourceKey,
});

export const ZSeedData = z.object({
  sources: z.array(ZSeedSource),
  areas: z.array(ZSeedArea),
  industries: z.array(ZSeedIndustry),
  parks: z.array(ZSeedPark),
  figures: z.array(ZSeedFigure),
  projects: z.array(ZSeedProject),
  policies: z.array(ZSeedPolicy),
  news: z.array(ZSeedNewsItem),
});
export type TSeedData = z.infer<typeof ZSeedData>;
