import type { EventKind } from "@ig/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { isoDate, type Localized } from "../dto.ts";

export interface NewsEventView {
  kind: EventKind;
  /** China calendar days, YYYY-MM-DD; `endsOn` null for a one-day event. */
  startsOn: string;
  endsOn: string | null;
  place: Localized;
}

export const newsEventSelect = {
  eventKind: true,
  eventStartsOn: true,
  eventEndsOn: true,
  eventPlace: true,
} as const;

/** The event of a news item row, or null for plain news (the CHECK constraint keeps them whole). */
export function toNewsEventView(row: {
  eventKind: string | null;
  eventStartsOn: Date | null;
  eventEndsOn: Date | null;
  eventPlace: unknown;
}): NewsEventView | null {
  if (!row.eventKind || !row.eventStartsOn) return null;
  return {
    kind: row.eventKind as EventKind,
    startsOn: isoDate(row.eventStartsOn)!,
    endsOn: isoDate(row.eventEndsOn),
    place: row.eventPlace as Localized,
  };
}

/** Events that have not ended on `today` (a China calendar day, YYYY-MM-DD). */
export function notEndedBy(today: string): Prisma.NewsItemWhereInput {
  const day = new Date(today);
  return {
    eventKind: { not: null },
    OR: [{ eventEndsOn: { gte: day } }, { eventEndsOn: null, eventStartsOn: { gte: day } }],
  };
}

/**
 * Plain news, and events that ended before `today`. Spelt out rather than NOT(notEndedBy): SQL's
 * NOT of a comparison with a null eventEndsOn is null, which would drop every past one-day event.
 */
export function newsOrPastEvent(today: string): Prisma.NewsItemWhereInput {
  const day = new Date(today);
  return {
    OR: [
      { eventKind: null },
      { eventEndsOn: { lt: day } },
      { eventEndsOn: null, eventStartsOn: { lt: day } },
    ],
  };
}
