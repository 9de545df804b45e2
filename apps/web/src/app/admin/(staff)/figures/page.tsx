import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { parseStaffListFilter, type Locale, type SearchParams } from "@ig/domain";
import { listFigureHolders, listFiguresForStaff } from "@ig/db";
import { RecordName } from "@/components/admin/record-name";
import { RecordTable } from "@/components/admin/record-table";
import { VerifiedDate } from "@/components/admin/verified-date";
import { Localized, localizedText } from "@/components/localized";
import { SourceNote } from "@/components/source-note";
import { cachedAreas } from "@/lib/cached-data";
import { requireStaffPage } from "@/server/staff-guard";
import { UrlStateForm } from "@/components/url-state-form";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.figures"))("title") };
}

/** Every figure in any status, for staff: filter by area, park or project (works without JavaScript). */
export default async function AdminFiguresPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const filter = parseStaffListFilter(await searchParams);
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const [figures, holders, areas] = await Promise.all([
    listFiguresForStaff(user, filter),
    listFigureHolders(user),
    cachedAreas(),
  ]);
  const selects = [
    { name: "area", label: t("content.area"), any: t("content.allAreas"), options: areas },
    { name: "park", label: t("figures.park"), any: t("figures.anyPark"), options: holders.parks },
    { name: "project", label: t("figures.project"), any: t("figures.anyProject"), options: holders.projects },
  ] as const;
  const cell = "border border-slate-200 px-3 py-2 align-top";
  const columns = ["holder", "value", "unit", "period", "source"] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("figures.title")}</h1>
      <UrlStateForm state={filter} className="flex flex-wrap items-end gap-3">
        {selects.map((select) => (
          <div key={select.name}>
            <label htmlFor={select.name} className="block font-medium">
              {select.label}
            </label>
            <select
              id={select.name}
              name={select.name}
              defaultValue={filter[select.name] ?? ""}
              className="mt-1 max-w-xs rounded-md border border-slate-500 bg-white px-3 py-2"
            >
              <option value="">{select.any}</option>
              {select.options.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {localizedText(option.name, locale)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("content.filter")}
        </button>
      </UrlStateForm>
      {figures.length === 0 ? (
        <p>{t("figures.empty")}</p>
      ) : (
        <RecordTable
          caption={t("figures.title")}
          headings={[t("figures.label"), ...columns.map((c) => t(`figures.${c}`)), t("records.lastVerified")]}
          cell={cell}
        >
          {figures.map((figure) => (
            <tr key={figure.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={`/admin/figures/${figure.id}`} className="text-brand-800 underline">
                  <RecordName name={figure.label} fallback={figure.id} />
                </Link>
              </th>
              <td className={cell}>
                {figure.holder ? (
                  <Localized value={figure.holder.name} />
                ) : (
                  <Localized value={figure.area.name} />
                )}
              </td>
              <td className={cell}>
                {figure.qualifier && `${t(`figures.qualifiers.${figure.qualifier}`)} `}
                {format.number(figure.value)}
              </td>
              <td className={cell}>{t(`figures.units.${figure.unit}`)}</td>
              <td className={cell}>
                <Localized value={figure.period} />
              </td>
              <td className={`${cell} text-sm`}>
                <SourceNote source={figure.source} />
              </td>
              <td className={cell}>
                <VerifiedDate date={figure.lastVerifiedAt} />
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </div>
  );
}
