import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listMissingTranslations } from "@ig/db";
import { RecordName } from "@/components/admin/record-name";
import { RecordTable } from "@/components/admin/record-table";
import { editPathOf } from "@/lib/edit-path";
import { requireStaffPage } from "@/server/staff-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.translations"))("title") };
}

/** Every record with a text missing its English or Chinese: which field lacks which language. */
export default async function MissingTranslationsPage() {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const records = await listMissingTranslations(user);
  const cell = "border border-slate-200 px-3 py-2 align-top";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("translations.title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("translations.intro")}</p>
      {records.length === 0 ? (
        <p>{t("translations.empty")}</p>
      ) : (
        <RecordTable
          caption={t("translations.title")}
          headings={[t("records.record"), t("records.kind"), t("translations.missing")]}
          cell={cell}
        >
          {records.map((record) => (
            <tr key={`${record.kind}-${record.id}`}>
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={editPathOf(record)} className="text-brand-800 underline">
                  <RecordName name={record.name} fallback={record.slug ?? record.id} />
                </Link>
              </th>
              <td className={cell}>{t(`records.kinds.${record.kind}`)}</td>
              <td className={cell}>
                <ul>
                  {record.fields.map(({ field, missing }) => (
                    <li key={field}>
                      {t("translations.entry", {
                        field: t(`translations.fields.${field}`),
                        languages: format.list(
                          missing.map((locale) => t(`translations.languages.${locale}`)),
                        ),
                      })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </div>
  );
}
