import { z } from "zod";
import { ZEditText, ZNewSlug, ZSomeAreas, ZVersion } from "../content-edit.ts";
import { ZOptionalOwnerId, ZOptionalSourceId, ZSlugList } from "../content-fields.ts";
import { ZDay } from "../enquiry-inbox.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/**
 * What staff may change on a news item (see content-edit.ts for `version`). The parks and
 * projects it concerns must lie in its areas (checked by the data layer).
 */
export const ZNewsEdit = z.object({
  slug: ZSlug,
  version: ZVersion,
  areas: ZSomeAreas,
  title: ZEditText,
  summary: ZEditText,
  body: ZEditText,
  publishedOn: ZDay,
  sourceId: ZOptionalSourceId,
  ownerId: ZOptionalOwnerId,
  parks: ZSlugList,
  projects: ZSlugList,
});
export type TNewsEdit = z.infer<typeof ZNewsEdit>;

const form = [
  { name: "areas", type: "areas" },
  { name: "title", type: "bilingual" },
  { name: "summary", type: "bilingual", multiline: true },
  { name: "body", type: "bilingual", multiline: true },
  { name: "publishedOn", type: "date" },
  { name: "sourceId", type: "source" },
  { name: "ownerId", type: "owner" },
  { name: "parks", type: "links", to: "parks" },
  { name: "projects", type: "links", to: "projects" },
] as const;

/** The news item: dated, sourced, about one or more areas and the parks and projects it names. */
export const newsKind = {
  entity: "NewsItem",
  path: "news",
  hasSlug: true,
  nameField: "title",
  texts: ["title", "summary", "body"],
  manyAreas: true,
  editSchema: ZNewsEdit,
  editFields: form.map((field) => field.name),
  form,
  dateFields: ["publishedOn"],
  searchFields: ["title", "summary"],
  searchIndustries: false,
  createSchema: z.object({
    kind: z.literal("news"),
    slug: ZNewSlug,
    areas: ZSomeAreas,
    title: ZEditText,
    publishedOn: ZDay,
  }),
  blankOnCreate: ["summary", "body"],
  listDetail: "publishedOn",
} as const satisfies ContentKindDefinition;
