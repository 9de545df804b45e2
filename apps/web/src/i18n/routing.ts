import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@ig/domain/locale";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL names its language, so links are shareable and crawlable per language;
  // "/" redirects by Accept-Language (and the visitor's earlier choice, kept in a cookie).
  localePrefix: "always",
});
