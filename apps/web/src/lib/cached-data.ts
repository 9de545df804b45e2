// Public pages read published content through these cached wrappers: one database round trip
// per key and tag per five minutes at most, and a publish invalidates the "content" tag at once.
import "server-only";
import { unstable_cache } from "next/cache";
import {
  getIndustry,
  getOpenDataRecord,
  getNewsItem,
  getPark,
  getParksForComparison,
  getPolicy,
  getProject,
  listAreas,
  listEnquiryTopics,
  listIndustries,
  listNews,
  listOpenData,
  listUpcomingEvents,
  listParkImages,
  listParks,
  listParksPage,
  listPartnerCountries,
  listPolicies,
  listProjects,
  listPublishedPaths,
  listSiteCandidates,
  findParks,
} from "@ig/db";
import { listParkClusters } from "./park-clusters";

export const contentTag = "content";
const options = { tags: [contentTag], revalidate: 300 };

export const cachedAreas = unstable_cache(listAreas, ["areas"], options);
export const cachedParks = unstable_cache(listParks, ["parks"], options);
export const cachedFoundParks = unstable_cache(findParks, ["found-parks"], options);
export const cachedParkClusters = unstable_cache(listParkClusters, ["park-clusters"], options);
export const cachedParksPage = unstable_cache(listParksPage, ["parks-page"], options);
export const cachedPark = unstable_cache(getPark, ["park"], options);
export const cachedParkImages = unstable_cache(listParkImages, ["park-images"], options);
export const cachedNews = unstable_cache(listNews, ["news"], options);
export const cachedUpcomingEvents = unstable_cache(listUpcomingEvents, ["upcoming-events"], options);
export const cachedNewsItem = unstable_cache(getNewsItem, ["news-item"], options);
export const cachedProjects = unstable_cache(listProjects, ["projects"], options);
export const cachedProject = unstable_cache(getProject, ["project"], options);
export const cachedPartnerCountries = unstable_cache(listPartnerCountries, ["partner-countries"], options);
export const cachedPolicies = unstable_cache(listPolicies, ["policies"], options);
export const cachedPolicy = unstable_cache(getPolicy, ["policy"], options);
export const cachedIndustries = unstable_cache(listIndustries, ["industries"], options);
export const cachedIndustry = unstable_cache(getIndustry, ["industry"], options);
export const cachedParksForComparison = unstable_cache(
  getParksForComparison,
  ["parks-for-comparison"],
  options,
);
export const cachedPublishedPaths = unstable_cache(listPublishedPaths, ["published-paths"], options);
export const cachedSiteCandidates = unstable_cache(listSiteCandidates, ["site-candidates"], options);
export const cachedEnquiryTopics = unstable_cache(listEnquiryTopics, ["enquiry-topics"], options);
export const cachedOpenDataList = unstable_cache(listOpenData, ["open-data-list"], options);
export const cachedOpenDataRecord = unstable_cache(getOpenDataRecord, ["open-data-record"], options);
