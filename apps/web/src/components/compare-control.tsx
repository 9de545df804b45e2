"use client";
import { useTranslations } from "next-intl";
import { addComparedPark, maxComparedParks } from "@ig/domain/comparison-selection";
import { Link } from "@/i18n/navigation";
import { comparePath } from "@/lib/compare-path";
import { saveComparedParks, useComparedParks } from "@/lib/compared-parks-store";

const buttonClass =
  "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:border-slate-400 disabled:text-slate-700";

/**
 * "Add to comparison" for one park. Without JavaScript (and until it hydrates) it is a link that
 * opens a comparison of this park, where more parks can be added, drawn as the button that replaces
 * it on hydration so that nothing below moves (layout shift); with JavaScript it adds the park
 * to the selection kept in the browser and links to the comparison so far. Its name does not repeat
 * the park's: in a list of cards, `describedBy` (the card's heading) says which park it is about.
 */
export function CompareControl({ slug, describedBy }: { slug: string; describedBy?: string }) {
  const t = useTranslations("compare.control");
  const selection = useComparedParks();
  if (selection === null) {
    return (
      <Link
        href={comparePath([slug])}
        aria-describedby={describedBy}
        className={`inline-block ${buttonClass}`}
      >
        {t("add")}
      </Link>
    );
  }
  const chosen = selection.includes(slug);
  const full = !chosen && selection.length >= maxComparedParks;
  const toggle = () =>
    saveComparedParks(chosen ? selection.filter((s) => s !== slug) : addComparedPark(selection, slug));
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={toggle}
        disabled={full}
        aria-describedby={describedBy}
        className={buttonClass}
      >
        {full ? t("full") : t(chosen ? "remove" : "add")}
      </button>
      {chosen && (
        <Link href={comparePath(selection)} className="text-sm font-medium text-brand-800 underline">
          {t("view", { count: selection.length })}
        </Link>
      )}
    </div>
  );
}
