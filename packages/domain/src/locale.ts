// No zod here: the browser bundle imports this module (routing), and must stay small.
export const locales = ["en", "zh"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export interface LocalizedResult {
  text: string;
  /** The locale the text is actually in; differs from the one asked for when it fell back. */
  locale: Locale;
  isFallback: boolean;
}

/** A missing translation falls back to English, visibly (the caller marks it), never to a blank. */
export function localize(
  value: Partial<Record<string, string>> | null | undefined,
  locale: Locale,
): LocalizedResult {
  const own = value?.[locale]?.trim();
  if (own) return { text: own, locale, isFallback: false };
  const fallback = value?.[defaultLocale]?.trim() ?? "";
  return { text: fallback, locale: defaultLocale, isFallback: locale !== defaultLocale };
}
