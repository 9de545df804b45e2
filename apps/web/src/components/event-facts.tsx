import { useTranslations } from "next-intl";
import { eventTiming } from "@ig/domain";
import type { NewsEventView } from "@ig/db";
import { FormattedDate } from "./formatted-date";
import { Localized } from "./localized";

const timingClass = {
  upcoming: "bg-emerald-100 text-emerald-900",
  ongoing: "bg-amber-100 text-amber-900",
  past: "bg-slate-200 text-slate-800",
} as const;

/**
 * An event's kind, China calendar day(s) and place, and whether it is upcoming, on now or past
 * on `today` (China day, YYYY-MM-DD): a past event stays as a record, clearly dated.
 */
export function EventFacts({ event, today }: { event: NewsEventView; today: string }) {
  const t = useTranslations("news.event");
  const timing = eventTiming(event, today);
  return (
    <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800">
      <div className="flex gap-1">
        <dt className="sr-only">{t("kindLabel")}</dt>
        <dd className="font-semibold text-brand-900">{t(`kind.${event.kind}`)}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="font-medium">{t("when")}</dt>
        <dd>
          <FormattedDate iso={event.startsOn} />
          {event.endsOn && event.endsOn !== event.startsOn && (
            <>
              {" – "}
              <FormattedDate iso={event.endsOn} />
            </>
          )}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="font-medium">{t("where")}</dt>
        <dd>
          <Localized value={event.place} />
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="sr-only">{t("timingLabel")}</dt>
        <dd className={`rounded px-2 py-0.5 text-xs font-semibold ${timingClass[timing]}`}>
          {t(`timing.${timing}`)}
        </dd>
      </div>
    </dl>
  );
}
