import { z } from "zod";

export const locales = ["en", "zh"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * Every investor-facing text is stored as one JSON object keyed by locale ({ en, zh }).
 * One column per field keeps a record's translations together (a third language is a new key,
 * not a migration), and the database can still index and search it per locale.
 */
export const ZLocalizedText = z.object({
  en: z.string().trim().min(1, "English text is required"),
  zh: z.string().trim(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

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
