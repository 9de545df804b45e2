import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { canEditAreas, type Locale } from "@ig/domain";
import { listStaleContent } from "@ig/db";
import { AreaNames } from "@/components/admin/area-names";
import { MarkVerifiedButton } from "@/components/admin/mark-verified-button";
import { RecordTable } from "@/components/admin/record-table";
import { VerifiedDate } from "@/components/admin/verified-date";
import { Localized, localizedText } from "@/components/localized";
import { RecordName } from "@/components/admin/record-name";
import { editPathOf } from "@/lib/edit-path";
import { requireStaffPage } from "@/server/staff-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.stale"))("title") };
}

/** The staleness view: records nobody has verified for 12 months, oldest first, each with "Mark verified". */
export default async function StalePage() {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const { items, total } = await listStaleContent(user);
  const cell = "border border-slate-200 px-3 py-2 align-top";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("stale.title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("stale.intro")}</p>
      {items.length === 0 ? (
        <p>{t("stale.empty")}</p>
      ) : (
        <>
          <p>{t("stale.count", { total, shown: items.length })}</p>
          <RecordTable
            caption={t("stale.title")}
            headings={(["record", "kind", "area", "lastVerified", "action"] as const).map((c) =>
              t(`records.${c}`),
            )}
            cell={cell}
          >
            {items.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <th scope="row" className={`${cell} font-normal`}>
                  <Link href={editPathOf(item)} className="text-brand-800 underline">
                    <RecordName name={item.name} fallback={item.slug ?? item.id} />
                  </Link>
                  {item.holder && (
                    <span className="block text-sm text-slate-700">
                      <Localized value={item.holder} />
                    </span>
                  )}
                </th>
                <td className={cell}>{t(`records.kinds.${item.kind}`)}</td>
                <td className={cell}>
                  <AreaNames slugs={item.areas} />
                </td>
                <td className={cell}>
                  <VerifiedDate date={item.lastVerifiedAt} />
                </td>
                <td className={cell}>
                  {canEditAreas(user, item.areas) && (
                    <MarkVerifiedButton
                      kind={item.kind}
                      id={item.id}
                      version={item.version}
                      name={localizedText(item.name, locale)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </RecordTable>
        </>
      )}
    </div>
  );
}
