import { useLocale, useTranslations } from "next-intl";
import type { Locale, SiteExclusion, SpaceNeed } from "@ig/domain";
import type { SiteExclusionView } from "@ig/db";
import { localizedText } from "./localized";

/** The parks a hard requirement left out, named and grouped by that requirement. */
export function SiteExclusions({
  excluded,
  need,
}: {
  excluded: { park: SiteExclusionView; because: SiteExclusion[] }[];
  need: SpaceNeed | undefined;
}) {
  const t = useTranslations("siteSelection");
  const locale = useLocale() as Locale;
  const groups = (["area", "space"] as SiteExclusion[])
    .map((because) => ({ because, parks: excluded.filter((e) => e.because.includes(because)) }))
    .filter((group) => group.parks.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="site-excluded" className="space-y-2">
      <h2 id="site-excluded" className="text-xl font-semibold">
        {t("excludedHeading")}
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        {groups.map(({ because, parks }) => (
          <li key={because}>
            {t(`excluded.${because}`, {
              count: parks.length,
              need: need ? t(`needs.${need}`) : "",
              parks: parks.map((e) => localizedText(e.park.name, locale)).join(locale === "zh" ? "、" : ", "),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
