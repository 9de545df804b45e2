// Public pages read published content through these cached wrappers: one database round trip
// per key and tag per five minutes at most, and a publish invalidates the "content" tag at once.
import "server-only";
import { unstable_cache } from "next/cache";
import { getPark, listAreas, listLatestNews, listParks } from "@ig/db";

export const contentTag = "content";
const options = { tags: [contentTag], revalidate: 300 };

export const cachedAreas = unstable_cache(listAreas, ["areas"], options);
export const cachedParks = unstable_cache(listParks, ["parks"], options);
export const cachedPark = unstable_cache(getPark, ["park"], options);
export const cachedLatestNews = unstable_cache(listLatestNews, ["latest-news"], options);
