import { config } from "@ig/db/config";

/** The portal's public origin, for canonical URLs, the sitemap and sharing (SITE_URL). */
export function siteUrl(): URL {
  return new URL(config().siteUrl);
}
