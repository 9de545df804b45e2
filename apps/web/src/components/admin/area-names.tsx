import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@ig/domain";
import { localizedText } from "@/components/localized";
import { cachedAreas } from "@/lib/cached-data";

/** The names of a record's areas; none means it is shared by both (an industry). */
export async function AreaNames({ slugs }: { slugs: string[] }) {
  const t = await getTranslations("admin.records");
  if (slugs.length === 0) return t("shared");
  const locale = (await getLocale()) as Locale;
  const areas = await cachedAreas();
  return slugs
    .map((slug) => localizedText(areas.find((a) => a.slug === slug)?.name, locale) || slug)
    .join(", ");
}
