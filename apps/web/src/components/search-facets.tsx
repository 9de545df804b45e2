import { useTranslations } from "next-intl";
import { areaSlugs, searchKinds, type TSearchQuery } from "@ig/domain";
import type { SearchResults } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { cleanQuery } from "@/lib/clean-query";

interface Option {
  label: string;
  count: number;
  /** The count is a lower bound (see SearchResults.capped). */
  capped: boolean;
  selected: boolean;
  href: Partial<TSearchQuery>;
}

/**
 * The search facets as links, not a form: each choice is a URL (shareable, the back button works,
 * no JavaScript), with the number of results it leads to. Kind counts are within the chosen area
 * and area counts within the chosen kind, so each list shows what switching to it would give.
 */
export function SearchFacets({
  query,
  results: { facets, capped },
  areaNames,
}: {
  query: TSearchQuery;
  results: Pick<SearchResults, "facets" | "capped">;
  areaNames: Record<string, string>;
}) {
  const t = useTranslations("searchPage");
  const { q, kind, area } = query;
  const allKinds = searchKinds.reduce((sum, k) => sum + (facets.kinds[k] ?? 0), 0);
  const anyCapped = capped.length > 0;
  const kindCapped = kind ? capped.includes(kind) : anyCapped;
  return (
    <nav aria-label={t("facets")} className="space-y-6">
      <FacetList
        id="facet-kind"
        title={t("kind")}
        q={q}
        options={[
          { label: t("allKinds"), count: allKinds, capped: anyCapped, selected: !kind, href: { area } },
          ...searchKinds.map((k) => ({
            label: t(`kinds.${k}`),
            count: facets.kinds[k] ?? 0,
            capped: capped.includes(k),
            selected: kind === k,
            href: { kind: k, area },
          })),
        ]}
      />
      <FacetList
        id="facet-area"
        title={t("area")}
        q={q}
        options={[
          {
            label: t("allAreas"),
            count: facets.anyArea,
            capped: kindCapped,
            selected: !area,
            href: { kind },
          },
          ...areaSlugs.map((a) => ({
            label: areaNames[a] ?? a,
            count: facets.areas[a] ?? 0,
            capped: kindCapped,
            selected: area === a,
            href: { kind, area: a },
          })),
        ]}
      />
    </nav>
  );
}

function FacetList({ id, title, q, options }: { id: string; title: string; q: string; options: Option[] }) {
  return (
    <div>
      <h2 id={id} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {title}
      </h2>
      <ul aria-labelledby={id} className="mt-2 space-y-1">
        {options.map((option) => {
          const content = (
            <>
              <span>{option.label}</span>
              <span className="tabular-nums">
                {option.count}
                {option.capped && "+"}
              </span>
            </>
          );
          const rowClass = "flex justify-between gap-3 rounded px-2 py-1";
          return (
            <li key={option.label}>
              {option.selected ? (
                <Link
                  href={{ pathname: "/search", query: cleanQuery({ q, ...option.href }) }}
                  aria-current="true"
                  className={`${rowClass} bg-brand-100 font-semibold text-brand-900`}
                >
                  {content}
                </Link>
              ) : option.count === 0 ? (
                <span className={`${rowClass} text-slate-600`}>{content}</span>
              ) : (
                <Link
                  href={{ pathname: "/search", query: cleanQuery({ q, ...option.href }) }}
                  className={`${rowClass} text-brand-800 underline-offset-4 hover:bg-brand-50 hover:underline`}
                >
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
