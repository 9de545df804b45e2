import type { NewsType } from "@ig/domain";
import { db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { isoDate, sourceSelect, toSourceView, type Localized } from "../dto.ts";
import { countLimit, countOrder, listTotal } from "../list-total.ts";
import { newsEventSelect, newsOrPastEvent, notEndedBy, toNewsEventView } from "./news-event-view.ts";

const cardSelect = {
  slug: true,
  title: true,
  summary: true,
  publishedOn: true,
  source: { select: sourceSelect },
  ...newsEventSelect,
} as const;

type CardRow = Prisma.NewsItemGetPayload<{ select: typeof cardSelect }>;

function toNewsCard(row: CardRow) {
  return {
    slug: row.slug,
    title: row.title as Localized,
    summary: row.summary as Localized,
    publishedOn: isoDate(row.publishedOn)!,
    source: row.source ? toSourceView(row.source) : null,
    event: toNewsEventView(row),
  };
}
export type NewsCard = ReturnType<typeof toNewsCard>;

/**
 * One page of published news and past events, and how many there are (up to countCap from the
 * first pages: see listTotal). `type` narrows it
 * to plain news or to events; events that have not ended on `today` (China day, YYYY-MM-DD) are
 * left out, as listUpcomingEvents shows them above the list. News comes newest first, events by
 * their first day, latest first.
 */
export async function listNews({
  type,
  today,
  page,
  pageSize,
}: {
  type?: NewsType;
  today: string;
  page: number;
  pageSize: number;
}) {
  const where: Prisma.NewsItemWhereInput = {
    status: "published",
    AND: [
      newsOrPastEvent(today),
      type === "news" ? { eventKind: null } : type === "events" ? { eventKind: { not: null } } : {},
    ],
  };
  const orderBy: Prisma.NewsItemOrderByWithRelationInput[] =
    type === "events"
      ? [{ eventStartsOn: "desc" }, { slug: "asc" }]
      : [{ publishedOn: "desc" }, { slug: "asc" }];
  const limit = countLimit(page, pageSize);
  const [counted, rows] = await Promise.all([
    db().newsItem.count({ where, take: limit, orderBy: countOrder }),
    db().newsItem.findMany({
      where,
      orderBy,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: cardSelect,
    }),
  ]);
  return { ...listTotal(counted, limit, pageSize), items: rows.map(toNewsCard) };
}

/** Published events that have not ended on `today` (China day), soonest first, at most `limit`. */
export async function listUpcomingEvents({ today, limit }: { today: string; limit: number }) {
  const rows = await db().newsItem.findMany({
    where: { status: "published", ...notEndedBy(today) },
    orderBy: [{ eventStartsOn: "asc" }, { slug: "asc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(toNewsCard);
}
