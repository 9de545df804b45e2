import { z } from "zod";
import { eventKinds } from "./enums.ts";
import { ZLocalizedText } from "./localized-text.ts";
import { firstValues, parsePage, type SearchParams } from "./search-params.ts";

/**
 * The event a news item is about: its kind, its China calendar days (YYYY-MM-DD, inclusive;
 * `endsOn` null for a one-day event) and its place in both languages.
 */
export const ZNewsEventFields = z.object({
  kind: z.enum(eventKinds),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  place: ZLocalizedText,
});
/** The rule every event schema adds (zod cannot extend a refined object, so it is shared). */
export const eventDaysInOrder = {
  check: (e: { startsOn: string; endsOn: string | null }) => !e.endsOn || e.endsOn >= e.startsOn,
  params: { path: ["endsOn"], error: "An event cannot end before it starts" },
};
export const ZNewsEvent = ZNewsEventFields.refine(eventDaysInOrder.check, eventDaysInOrder.params);
export type TNewsEvent = z.infer<typeof ZNewsEvent>;

export type EventTiming = "upcoming" | "ongoing" | "past";

/** Where an event stands on `today` (a calendar day in China time, see dayIn). */
export function eventTiming(event: { startsOn: string; endsOn: string | null }, today: string): EventTiming {
  if (today < event.startsOn) return "upcoming";
  return today <= (event.endsOn ?? event.startsOn) ? "ongoing" : "past";
}

export const newsTypes = ["news", "events"] as const;
export type NewsType = (typeof newsTypes)[number];

/** The news list's filter from the URL: all items, plain news or events only; bad values are dropped. */
export const ZNewsFilter = z.object({
  type: z.enum(newsTypes).optional().catch(undefined),
});
export type TNewsFilter = z.infer<typeof ZNewsFilter> & { page: number };
export const newsPageSize = 10;

/** The news list's state, or null when its page number is malformed (the list answers 404). */
export function parseNewsFilter(params: SearchParams): TNewsFilter | null {
  const page = parsePage(params);
  return page === null ? null : { ...ZNewsFilter.parse(firstValues(params)), page };
}
