import { useTimeZone, useTranslations } from "next-intl";
import { dayIn, defaultTimeZone, policyValidity } from "@ig/domain";

const styles = {
  "in-force": "bg-emerald-100 text-emerald-900",
  expired: "bg-red-100 text-red-900",
  "not-yet-in-force": "bg-amber-100 text-amber-900",
} as const;

/** "In force" / "Expired" / "Not yet in force", said in words (not colour alone). */
export function ValidityBadge({ from, to }: { from: string | null; to: string | null }) {
  const t = useTranslations("policyValidity");
  const validity = policyValidity(from, to, dayIn(new Date(), useTimeZone() ?? defaultTimeZone));
  return (
    <span className={`rounded px-1.5 py-0.5 text-sm font-medium ${styles[validity]}`}>{t(validity)}</span>
  );
}
