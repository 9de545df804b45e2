import type { NewsCard } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { EventFacts } from "./event-facts";
import { FormattedDate } from "./formatted-date";
import { Localized } from "./localized";
import { SourceNote } from "./source-note";

/** One news item or event in a list: an event shows its own day(s) and place, not the report's date. */
export function NewsCardItem({ item, today }: { item: NewsCard; today: string }) {
  return (
    <li className="p-4">
      {item.event ? (
        <EventFacts event={item.event} today={today} />
      ) : (
        <p className="text-sm text-slate-700">
          <FormattedDate iso={item.publishedOn} />
        </p>
      )}
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={`/news/${item.slug}`} className="text-brand-800 hover:underline">
          <Localized value={item.title} />
        </Link>
      </h3>
      <p className="mt-1 text-slate-800">
        <Localized value={item.summary} />
      </p>
      {item.source && (
        <p className="mt-1 text-sm text-slate-700">
          <SourceNote source={item.source} />
        </p>
      )}
    </li>
  );
}
