import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { EventFacts } from "@/components/event-facts";
import { JsonLd } from "@/components/json-ld";
import { FormattedDate } from "@/components/formatted-date";
import { LinkList } from "@/components/link-list";
import { Localized, localizedText } from "@/components/localized";
import { SourceNote } from "@/components/source-note";
import type { Locale } from "@ig/domain";
import type { NewsDetail } from "@ig/db";
import { today as todayInChina } from "@/lib/today";

/** A news item as its public page shows it (also the staff preview, drafts included). */
export async function NewsArticle({ item, locale }: { item: NewsDetail; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@type": "NewsArticle",
          headline: localizedText(item.title, locale),
          description: localizedText(item.summary, locale),
          datePublished: item.publishedOn,
          dateModified: item.updatedAt,
          inLanguage: locale === "zh" ? "zh-CN" : "en",
        }}
      />
      <Breadcrumb section={{ href: "/news", label: t("nav.news") }}>
        <Localized value={item.title} />
      </Breadcrumb>
      <header>
        <p className="text-sm text-slate-700">
          <FormattedDate iso={item.publishedOn} />
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">
          <Localized value={item.title} />
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">
          <Localized value={item.summary} />
        </p>
        {item.event && (
          <section
            aria-label={t("news.event.label")}
            className="mt-4 rounded-lg border border-slate-200 bg-white p-4"
          >
            <EventFacts event={item.event} today={todayInChina()} />
          </section>
        )}
      </header>
      <div className="max-w-3xl whitespace-pre-line text-slate-800">
        <Localized value={item.body} />
      </div>
      {item.source && (
        <p className="text-sm text-slate-700">
          <SourceNote source={item.source} />
        </p>
      )}
      {(item.areas.length > 0 || item.parks.length > 0 || item.projects.length > 0) && (
        <aside aria-label={t("news.mentions")} className="grid gap-8 md:grid-cols-3">
          <LinkList id="areas" title={t("news.areas")} basePath="/parks" param="area" items={item.areas} />
          <LinkList id="parks" title={t("news.parks")} basePath="/parks" items={item.parks} />
          <LinkList id="projects" title={t("news.projects")} basePath="/projects" items={item.projects} />
        </aside>
      )}
    </article>
  );
}
