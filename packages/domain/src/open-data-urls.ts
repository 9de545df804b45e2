import { locales } from "./locale.ts";
import type { OpenDataCollection } from "./open-data-records.ts";

/**
 * The public pages of a record, absolute, per locale: `/{locale}/{collection}/{slug}`. Areas have
 * no page of their own: theirs is the parks list filtered to the area.
 */
export function openDataPageUrls(siteUrl: string, collection: OpenDataCollection, slug: string) {
  const path = collection === "areas" ? `parks?area=${slug}` : `${collection}/${slug}`;
  const url = (locale: string) => new URL(`/${locale}/${path}`, siteUrl).href;
  return Object.fromEntries(locales.map((locale) => [locale, url(locale)])) as { en: string; zh: string };
}
