import type { OpenDataCollection, OpenDataRecord } from "@ig/domain/open-data-records";
import { countAreaRecords, readAreaRecords } from "./area-records.ts";
import { countIndustryRecords, readIndustryRecords } from "./industry-records.ts";
import { countNewsRecords, readNewsRecords } from "./news-records.ts";
import { countParkRecords, readParkRecords } from "./park-records.ts";
import { countPolicyRecords, readPolicyRecords } from "./policy-records.ts";
import { countProjectRecords, readProjectRecords } from "./project-records.ts";
import type { RecordQuery } from "./record-parts.ts";

const readers: {
  [C in OpenDataCollection]: {
    count: (query: RecordQuery) => Promise<number>;
    read: (query: RecordQuery) => Promise<OpenDataRecord<C>[]>;
  };
} = {
  parks: { count: countParkRecords, read: readParkRecords },
  projects: { count: countProjectRecords, read: readProjectRecords },
  policies: { count: countPolicyRecords, read: readPolicyRecords },
  news: { count: countNewsRecords, read: readNewsRecords },
  industries: { count: countIndustryRecords, read: readIndustryRecords },
  areas: { count: countAreaRecords, read: readAreaRecords },
};

/**
 * One page of a collection's published records for the open-data API, and how many match in
 * all. `filter`: the collection's filters as parsed by parseOpenDataListQuery (@ig/domain);
 * `page` from 1, `perPage` records per page; `siteUrl` the public origin the records' page URLs
 * start with (an argument, so that a cache keyed on the arguments never serves another origin's).
 * JSON-safe, so it can be cached.
 */
export async function listOpenData<C extends OpenDataCollection>(
  collection: C,
  {
    filter,
    page,
    perPage,
    siteUrl,
  }: { filter: RecordQuery["filter"]; page: number; perPage: number; siteUrl: string },
): Promise<{ total: number; records: OpenDataRecord<C>[] }> {
  const reader = readers[collection];
  const query = { filter, siteUrl, skip: (page - 1) * perPage, take: perPage };
  const [total, records] = await Promise.all([reader.count(query), reader.read(query)]);
  return { total, records };
}

/** One published record of a collection by its slug, or null (drafts are never found). */
export async function getOpenDataRecord<C extends OpenDataCollection>(
  collection: C,
  slug: string,
  siteUrl: string,
): Promise<OpenDataRecord<C> | null> {
  const [record] = await readers[collection].read({ filter: {}, slug, siteUrl, skip: 0, take: 1 });
  return record ?? null;
}
