import { useTranslations } from "next-intl";
import type { ParkCard as ParkCardData } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { CompareControl } from "./compare-control";
import { Localized } from "./localized";

export function ParkCard({ park, headingLevel = 3 }: { park: ParkCardData; headingLevel?: 2 | 3 }) {
  const t = useTranslations();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-700">
        <Localized value={park.area.name} /> · {t(`parkType.${park.type}`)}
      </p>
      <Heading id={`park-card-${park.slug}`} className="mt-1 text-lg font-semibold">
        <Link href={`/parks/${park.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
          <Localized value={park.name} />
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-slate-800">
        <Localized value={park.summary} />
      </p>
      {park.industries.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-1.5">
          {park.industries.map((industry) => (
            <li key={industry.slug} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-900">
              <Localized value={industry.name} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4">
        <CompareControl slug={park.slug} describedBy={`park-card-${park.slug}`} />
      </div>
    </article>
  );
}
