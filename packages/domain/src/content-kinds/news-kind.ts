import { z } from "zod";
import { ZEditText, ZNewSlug, ZSomeAreas, ZVersion } from "../content-edit.ts";
import { ZDay } from "../enquiry-inbox.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/** What staff may change on a news item (see content-edit.ts for `version`). */
export const ZNewsEdit = z.object({
  slug: ZSlug,
  version: ZVersion,
  title: ZEditText,
  summary: ZEditText,
  body: ZEditText,
  publishedOn: ZDay,
});
export type TNewsEdit = z.infer<typeof ZNewsEdit>;

/** The news item: dated, sourced, about one or more areas. */
export const newsKind = {
  entity: "NewsItem",
  path: "news",
  hasSlug: true,
  nameField: "title",
  texts: ["title", "summary", "body"],
  manyAreas: true,
  editSchema: ZNewsEdit,
  editFields: ["title", "summary", "body", "publishedOn"],
  form: [
    { name: "title", type: "bilingual" },
    { name: "summary", type: "bilingual", multiline: true },
    { name: "body", type: "bilingual", multiline: true },
    { name: "publishedOn", type: "date" },
  ],
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
