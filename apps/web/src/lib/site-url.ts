/** The portal's public origin, for canonical URLs, the sitemap and sharing (SITE_URL). */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
}
