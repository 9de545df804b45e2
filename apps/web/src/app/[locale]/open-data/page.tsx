import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { config } from "@ig/db/config";
import { openDataFilters } from "@ig/domain/open-data-query";
import { openDataCollections } from "@ig/domain/open-data-records";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/page-metadata";
import { siteUrl } from "@/lib/site-url";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  return pageMetadata({ locale, path: "/open-data", title: t("title"), description: t("description") });
}

const heading = "text-xl font-semibold text-brand-900";
const code = "block overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50";
const link = "text-brand-800 underline";

/** What the open-data API offers, how to use it, its licence and freshness (issue 12). */
export default async function OpenDataPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  const api = new URL("/api/v1", siteUrl()).href;
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-800">{t("intro")}</p>
      </div>

      <section aria-labelledby="offered" className="space-y-3">
        <h2 id="offered" className={heading}>
          {t("offeredTitle")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("collection")}
                </th>
                <th scope="col" className="p-2">
                  {t("filters")}
                </th>
                <th scope="col" className="p-2">
                  {t("downloads")}
                </th>
              </tr>
            </thead>
            <tbody>
              {openDataCollections.map((collection) => {
                const filters = Object.keys(openDataFilters[collection]);
                return (
                  <tr key={collection} className="border-b border-slate-200 align-top">
                    <td className="p-2">
                      <code className="font-semibold">/api/v1/{collection}</code>
                      <p className="text-slate-700">{t(`collections.${collection}`)}</p>
                    </td>
                    <td className="p-2">{filters.length ? <code>{filters.join(", ")}</code> : t("none")}</td>
                    <td className="whitespace-nowrap p-2">
                      <a className={link} href={`/api/v1/${collection}`}>
                        {t("json")}
                        <span className="sr-only"> ({collection})</span>
                      </a>
                      {" · "}
                      <a className={link} href={`/api/v1/${collection}?format=csv`}>
                        {t("csv")}
                        <span className="sr-only"> ({collection})</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="text-slate-800">{t("paging")}</p>
      </section>

      <section aria-labelledby="docs" className="space-y-2">
        <h2 id="docs" className={heading}>
          {t("docsTitle")}
        </h2>
        <p className="text-slate-800">
          {t("docs")}{" "}
          <a className={link} href="/api/v1/openapi.json">
            {`${api}/openapi.json`}
          </a>
        </p>
      </section>

      <section aria-labelledby="examples" className="space-y-3">
        <h2 id="examples" className={heading}>
          {t("examplesTitle")}
        </h2>
        <h3 className="font-semibold">{t("curlTitle")}</h3>
        <p className="text-slate-800">{t("curlBody")}</p>
        <pre className={code} tabIndex={0}>
          <code>{`curl -i '${api}/parks?area=liangjiang'\ncurl -i -H 'If-None-Match: "<ETag>"' '${api}/parks?area=liangjiang'`}</code>
        </pre>
        <h3 className="font-semibold">{t("sheetTitle")}</h3>
        <p className="text-slate-800">{t("sheetBody")}</p>
        <pre className={code} tabIndex={0}>
          <code>{`=IMPORTDATA("${api}/parks?format=csv")`}</code>
        </pre>
      </section>

      <section aria-labelledby="licence" className="space-y-2">
        <h2 id="licence" className={heading}>
          {t("licenceTitle")}
        </h2>
        <p className="text-slate-800">{t("licence")}</p>
        <p className="text-slate-800">{t("attribution")}</p>
        <a className={link} href="https://creativecommons.org/licenses/by/4.0/" rel="license">
          {t("licenceLink")}
        </a>
      </section>

      <section aria-labelledby="freshness" className="space-y-2">
        <h2 id="freshness" className={heading}>
          {t("freshnessTitle")}
        </h2>
        <p className="text-slate-800">{t("freshness")}</p>
        <h2 className={heading}>{t("limitsTitle")}</h2>
        <p className="text-slate-800">{t("limits", { limit: config().openDataLimitPerMinute })}</p>
      </section>
    </div>
  );
}
