import { z } from "zod";
import {
  blankToNull,
  ZEditText,
  ZNewSlug,
  ZOptionalDay,
  ZOptionalText,
  ZSomeAreas,
  ZVersion,
} from "../content-edit.ts";
import { eventKinds } from "../enums.ts";
import { ZOptionalOwnerId, ZOptionalSourceId, ZSlugList } from "../content-fields.ts";
import { ZDay } from "../enquiry-inbox.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/**
 * What staff may change on a news item (see content-edit.ts for `version`). The parks and
 * projects it concerns must lie in its areas (checked by the data layer). An item about an event
 * has the event's kind, first day and place (all three, or none for plain news) and, for an event
 * of several days, its last day: the same rule as the database's CHECK "NewsItem_event_complete".
 */
export const ZNewsEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    areas: ZSomeAreas,
    title: ZEditText,
    summary: ZEditText,
    body: ZEditText,
    publishedOn: ZDay,
    eventKind: z.preprocess(blankToNull, z.enum(eventKinds).nullable()),
    eventStartsOn: ZOptionalDay,
    eventEndsOn: ZOptionalDay,
    eventPlace: ZOptionalText,
    sourceId: ZOptionalSourceId,
    ownerId: ZOptionalOwnerId,
    parks: ZSlugList,
    projects: ZSlugList,
  })
  .superRefine((news, ctx) => {
    const isEvent = news.eventKind !== null;
    for (const field of ["eventStartsOn", "eventPlace"] as const) {
      if ((news[field] !== null) !== isEvent)
        ctx.addIssue({
          code: "custom",
          path: [isEvent ? field : "eventKind"],
          message: "An event needs its kind, first day and place; plain news has none of them",
        });
    }
    if (news.eventEndsOn && !(news.eventStartsOn && news.eventEndsOn >= news.eventStartsOn))
      ctx.addIssue({
        code: "custom",
        path: ["eventEndsOn"],
        message: "An event cannot end before it starts",
      });
  });
export type TNewsEdit = z.infer<typeof ZNewsEdit>;

const form = [
  { name: "areas", type: "areas" },
  { name: "title", type: "bilingual" },
  { name: "summary", type: "bilingual", multiline: true },
  { name: "body", type: "bilingual", multiline: true },
  { name: "publishedOn", type: "date" },
  { name: "eventKind", type: "choice", options: eventKinds, labels: "news.event.kind", optional: true },
  { name: "eventStartsOn", type: "date" },
  { name: "eventEndsOn", type: "date" },
  { name: "eventPlace", type: "bilingual" },
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
  dateFields: ["publishedOn", "eventStartsOn", "eventEndsOn"],
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
