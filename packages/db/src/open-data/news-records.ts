import type { Prisma } from "../generated/prisma/client.ts";
import type { TNewsRecord } from "@ig/domain/open-data-records";
import { db } from "../client.ts";
import { isoDate, sourceSelect } from "../dto.ts";
import { toNewsEventView } from "../news/news-event-view.ts";
import {
  commonFields,
  localized,
  published,
  publishedLinks,
  toLink,
  type RecordQuery,
} from "./record-parts.ts";

function where({ filter, slug }: RecordQuery): Prisma.NewsItemWhereInput {
  return {
    ...published,
    slug,
    areas: filter.area ? { some: { slug: filter.area as string } } : undefined,
    parks: filter.park ? { some: { slug: filter.park as string, ...published } } : undefined,
    eventKind: filter.type === "news" ? null : filter.type === "events" ? { not: null } : undefined,
  };
}

/** How many published news items match (area, park, type: news or events). */
export const countNewsRecords = (query: RecordQuery) => db().newsItem.count({ where: where(query) });

/** Published news items as open-data records, newest first, then by slug. */
export async function readNewsRecords(query: RecordQuery): Promise<TNewsRecord[]> {
  const rows = await db().newsItem.findMany({
    where: where(query),
    orderBy: [{ publishedOn: "desc" }, { slug: "asc" }],
    skip: query.skip,
    take: query.take,
    include: {
      source: { select: sourceSelect },
      areas: publishedLinks,
      parks: publishedLinks,
      projects: publishedLinks,
    },
  });
  return rows.map((row) => {
    const event = toNewsEventView(row);
    return {
      ...commonFields("news", row, query.siteUrl),
      title: localized(row.title),
      summary: localized(row.summary),
      body: localized(row.body),
      publishedOn: isoDate(row.publishedOn)!,
      // The place as every record's texts: both languages, null where one is not written.
      event: event && { ...event, place: localized(event.place) },
      areas: row.areas.map(toLink),
      parks: row.parks.map(toLink),
      projects: row.projects.map(toLink),
    };
  });
}
