import type { MetadataRoute } from "next";
import { locales } from "@ig/domain";
import { cachedPublishedPaths } from "@/lib/cached-data";
import { siteUrl } from "@/lib/site-url";

// Built from the database on request (and cached with the content), never at build time.
export const dynamic = "force-dynamic";

const sections = ["", "/parks", "/site-selection", "/projects", "/policies", "/news", "/map", "/search"];

/** Every published page in both languages, each with its alternate-language link. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const entry = (path: string, lastModified?: string) => ({
    url: new URL(`/en${path}`, base).href,
    lastModified,
    alternates: {
      languages: Object.fromEntries(
        locales.map((l) => [l === "zh" ? "zh-CN" : l, new URL(`/${l}${path}`, base).href]),
      ),
    },
  });
  const pages = [
    ...sections.map((path) => ({ path, updatedAt: undefined })),
    ...(await cachedPublishedPaths()),
  ];
  return pages.flatMap(({ path, updatedAt }) =>
    locales.map((locale) => ({ ...entry(path, updatedAt), url: new URL(`/${locale}${path}`, base).href })),
  );
}
