import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@ig/domain";

/** This browser's last choice on the staff side, for the pages before sign-in (login, password reset). */
export const staffLocaleCookie = "staff-locale";
const signedOutPages = /^\/admin\/(login|reset-password)\/?$/;

/**
 * The language switch of the pages before sign-in is a plain link (`?lang=zh`): nobody is signed in,
 * so there is no account to store the choice on, and those pages carry no server action. The proxy
 * answers it by remembering the choice in this browser (a cookie) and sending the visitor back to
 * the same page without the parameter (303). Returns null for every other request.
 */
export function staffLanguageLink(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const lang = searchParams.get("lang");
  if (lang === null || !signedOutPages.test(pathname)) return null;
  const back = request.nextUrl.clone();
  back.searchParams.delete("lang");
  const response = NextResponse.redirect(back, 303);
  if (isLocale(lang)) response.cookies.set(staffLocaleCookie, lang, rememberedFor);
  return response;
}

export const rememberedFor = {
  path: "/admin",
  maxAge: 365 * 24 * 3600,
  sameSite: "lax",
  httpOnly: true,
} as const;
