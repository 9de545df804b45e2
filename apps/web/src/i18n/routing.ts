import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@ig/domain/locale";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL names its language, so links are shareable and crawlable per language;
  // "/" redirects by Accept-Language (and the visitor's earlier choice, kept in a cookie).
  localePrefix: "always",
  // Each page names its alternates in its <head> (hreflang en / zh-CN, x-default → the English page);
  // next-intl's own Link header said "zh" and sent x-default to the redirecting "/…", so two
  // disagreeing sets reached crawlers.
  alternateLinks: false,
});
