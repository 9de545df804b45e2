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
import { ZDay } from "../enquiry-inbox.ts";
import { ZSlug } from "../record-keys.ts";
import type { ContentKindDefinition } from "./kind-definition.ts";

/**
 * What staff may change on a news item (see content-edit.ts for `version`). An item about an event
 * has the event's kind, first day and place (all three, or none for plain news) and, for an event
 * of several days, its last day: the same rule as the database's CHECK "NewsItem_event_complete".
 */
export const ZNewsEdit = z
  .object({
    slug: ZSlug,
    version: ZVersion,
    title: ZEditText,
    summary: ZEditText,
    body: ZEditText,
    publishedOn: ZDay,
    eventKind: z.preprocess(blankToNull, z.enum(eventKinds).nullable()),
    eventStartsOn: ZOptionalDay,
    eventEndsOn: ZOptionalDay,
    eventPlace: ZOptionalText,
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

/** The news item: dated, sourced, about one or more areas. */
export const newsKind = {
  entity: "NewsItem",
  path: "news",
  hasSlug: true,
  nameField: "title",
  texts: ["title", "summary", "body"],
  manyAreas: true,
  editSchema: ZNewsEdit,
  editFields: [
    "title",
    "summary",
    "body",
    "publishedOn",
    "eventKind",
    "eventStartsOn",
    "eventEndsOn",
    "eventPlace",
  ],
  form: [
    { name: "title", type: "bilingual" },
    { name: "summary", type: "bilingual", multiline: true },
    { name: "body", type: "bilingual", multiline: true },
    { name: "publishedOn", type: "date" },
    { name: "eventKind", type: "choice", options: eventKinds, labels: "news.event.kind", optional: true },
    { name: "eventStartsOn", type: "date" },
    { name: "eventEndsOn", type: "date" },
    { name: "eventPlace", type: "bilingual" },
  ],
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
