import "server-only";
import { cookies, headers } from "next/headers";
import { isLocale, localeFromAcceptLanguage, type Locale } from "@ig/domain";
import { getStaffUser } from "./session";
import { rememberedFor, staffLocaleCookie } from "./staff-language-link";

/**
 * The staff side's language for this request: the signed-in staff member's choice (StaffUser.locale);
 * without one (not chosen yet, or not signed in), this browser's last choice on the staff side, or
 * else on the public side (next-intl's NEXT_LOCALE cookie); else the browser's Accept-Language.
 * The public side names its language in the URL and never comes here.
 */
export async function staffLocale(): Promise<Locale> {
  const chosen = (await getStaffUser())?.locale;
  if (chosen && isLocale(chosen)) return chosen;
  const jar = await cookies();
  const remembered = jar.get(staffLocaleCookie)?.value ?? jar.get("NEXT_LOCALE")?.value;
  if (remembered && isLocale(remembered)) return remembered;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/** Remembers a choice in this browser, so the login page after signing out keeps the language. */
export async function rememberStaffLocale(locale: Locale) {
  (await cookies()).set(staffLocaleCookie, locale, rememberedFor);
}
