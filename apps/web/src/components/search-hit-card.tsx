import { useTranslations } from "next-intl";
import type { SearchKind } from "@ig/domain";
import type { SearchHit } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { FormattedDate } from "./formatted-date";
import { Localized } from "./localized";

/** Where each kind's tag (park type, project stage, policy category) is named in the messages. */
const tagMessages = { parks: "parkType", projects: "projectStage", policies: "policyCategory" } as const;

export function SearchHitCard({
  kind,
  hit,
  areaNames,
  marks,
}: {
  kind: SearchKind;
  hit: SearchHit;
  areaNames: Record<string, string>;
  /** The search's terms, highlighted in the title and summary. */
  marks: string[];
}) {
  const t = useTranslations();
  const meta = [
    ...hit.areas.map((area) => areaNames[area] ?? area),
    kind !== "news" && hit.tag ? t(`${tagMessages[kind]}.${hit.tag}`) : null,
    hit.publishedOn ? <FormattedDate key="date" iso={hit.publishedOn} /> : null,
  ].filter(Boolean);
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <Link href={`/${kind}/${hit.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
          <Localized value={hit.title} marks={marks} />
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap gap-x-2 text-sm text-slate-700">
        {meta.flatMap((item, index) => [
          index > 0 && (
            <span key={`dot-${index}`} aria-hidden="true">
              ·
            </span>
          ),
          <span key={index}>{item}</span>,
        ])}
      </p>
      <p className="mt-2 line-clamp-3 text-slate-800">
        <Localized value={hit.summary} marks={marks} />
      </p>
    </article>
  );
}
