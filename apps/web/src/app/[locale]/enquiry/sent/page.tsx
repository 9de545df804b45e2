import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { firstValues, type SearchParams } from "@ig/domain";
import { ArrivalHeading } from "@/components/arrival-heading";
import { Link } from "@/i18n/navigation";
import { localeParam } from "@/lib/locale-param";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "enquiry" });
  return { title: t("sentTitle"), robots: { index: false } };
}

/** The confirmation: the reference, and what happens next. It shows nothing but the reference. */
export default async function EnquirySentPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "enquiry" });
  const ref = firstValues(await searchParams).ref ?? "";
  const reference = /^IG-\d{4}-\d{6,}$/.test(ref) ? ref : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <ArrivalHeading className="text-3xl font-bold text-brand-900">{t("sentTitle")}</ArrivalHeading>
      {reference && (
        <div className="rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
          <p className="text-slate-800">{t("sentReference")}</p>
          <p
            className="mt-1 font-mono text-3xl font-bold tracking-wide text-brand-900"
            data-testid="reference"
          >
            {reference}
          </p>
        </div>
      )}
      <section aria-labelledby="next">
        <h2 id="next" className="text-xl font-semibold">
          {t("sentNext")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {(t.raw("sentSteps") as string[]).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <p className="flex flex-wrap gap-4">
        <Link
          href={{ pathname: "/enquiry/status", query: reference ? { ref: reference } : {} }}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("checkStatus")}
        </Link>
        <Link href="/enquiry" className="py-2 text-brand-800 underline">
          {t("sendAnother")}
        </Link>
      </p>
    </div>
  );
}
