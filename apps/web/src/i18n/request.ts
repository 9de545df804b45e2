import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { staffLocale } from "@/server/staff-locale";
import { config } from "@ig/db/config";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  // Public pages name their locale in the URL; staff pages (/admin) have none and follow the staff
  // member's choice (server/staff-locale.ts).
  const requested = (await requestLocale) ?? (await staffLocale());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Every date and time is shown in China time (APP_TIME_ZONE), wherever the reader is.
    timeZone: config().timeZone,
  };
});
