import { z } from "zod";
import { defaultLocale, locales, type Locale } from "./locale.ts";
import type { StaffViewer } from "./staff-policy.ts";
import { canEditAreas, hasRole } from "./staff-policy.ts";

/** The staff header's language switch: the language a staff member chooses for the staff side. */
export const ZStaffLanguageInput = z.object({ locale: z.enum(locales) });
export type TStaffLanguageInput = z.infer<typeof ZStaffLanguageInput>;

/**
 * The staff side's language for someone who has not chosen one (before sign-in, or an account that
 * never used the switch), from an `Accept-Language` header (RFC 9110 §12.5.4): the supported
 * language with the highest weight ("zh", "zh-CN", "zh-Hans-…" → zh; "en-GB" → en), ties going to
 * the one listed first; English when the header names neither or is absent or malformed.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  let best: { locale: Locale; weight: number } | null = null;
  for (const part of (header ?? "").slice(0, 1000).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const locale = locales.find((l) => tag.trim().toLowerCase().split("-")[0] === l);
    if (!locale) continue;
    const q = params.map((p) => p.trim().match(/^q=([01](?:\.\d{0,3})?)$/i)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    if (weight > 0 && (!best || weight > best.weight)) best = { locale, weight };
  }
  return best?.locale ?? defaultLocale;
}

/**
 * Why a staff member sees a record read-only, for the note in its place of the Save button:
 * "role" when their role changes nothing (viewers), "area" when they edit other new areas only;
 * null when they may change it.
 */
export function readOnlyReason(
  viewer: StaffViewer,
  areaSlugs: readonly (string | null)[],
): "role" | "area" | null {
  if (!hasRole(viewer, "editor")) return "role";
  return canEditAreas(viewer, areaSlugs) ? null : "area";
}
