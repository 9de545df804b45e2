import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listIndustriesForStaff } from "@ig/db";
import { RecordName } from "@/components/admin/record-name";
import { RecordTable } from "@/components/admin/record-table";
import { VerifiedDate } from "@/components/admin/verified-date";
import { requireStaffPage } from "@/server/staff-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.industries"))("title") };
}

/** The industry taxonomy shared by both new areas, in any status, with how much content uses each. */
export default async function AdminIndustriesPage() {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const industries = await listIndustriesForStaff(user);
  const cell = "border border-slate-200 px-3 py-2";
  const headings = [
    t("content.fields.name"),
    t("industries.slug"),
    t("content.status"),
    t("industries.parks"),
    t("industries.projects"),
    t("records.lastVerified"),
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("industries.title")}</h1>
      <p className="text-slate-800">{t("industries.shared")}</p>
      <RecordTable caption={t("industries.title")} headings={headings} cell={cell}>
        {industries.map((industry) => (
          <tr key={industry.slug}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link href={`/admin/industries/${industry.slug}`} className="text-brand-800 underline">
                <RecordName name={industry.name} fallback={industry.slug} />
              </Link>
            </th>
            <td className={cell}>{industry.slug}</td>
            <td className={cell}>{t(`content.statusValue.${industry.status}`)}</td>
            <td className={cell}>{format.number(industry.parks)}</td>
            <td className={cell}>{format.number(industry.projects)}</td>
            <td className={cell}>
              <VerifiedDate date={industry.lastVerifiedAt} />
            </td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}
