import { useLocale } from "next-intl";
import type { Locale } from "@ig/domain";
import type { Localized as LocalizedValue } from "@ig/db";
import { Localized, localizedText } from "@/components/localized";

/** A record's name in the page's language; its slug or id when it has no name in any language yet. */
export function RecordName({ name, fallback }: { name: LocalizedValue; fallback: string }) {
  const locale = useLocale() as Locale;
  return localizedText(name, locale).trim() ? <Localized value={name} /> : <>{fallback}</>;
}
