import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { config } from "@ig/db/config";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  // Public pages name their locale in the URL; staff pages (/admin) use the language last chosen
  // on the public side, which next-intl keeps in the NEXT_LOCALE cookie.
  const requested = (await requestLocale) ?? (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Every date and time is shown in China time (APP_TIME_ZONE), wherever the reader is.
    timeZone: config().timeZone,
  };
});
