"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { comparePath } from "@/lib/compare-path";
import { useComparedParks } from "@/lib/compared-parks-store";

/** The header's way to the comparison, with how many parks are chosen once that is known. */
export function CompareTray() {
  const t = useTranslations();
  const selection = useComparedParks() ?? [];
  return (
    <Link
      href={comparePath(selection)}
      className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-brand-800 underline"
    >
      {selection.length ? t("compare.tray", { count: selection.length }) : t("nav.compare")}
    </Link>
  );
}
