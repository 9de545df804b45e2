import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listStaffUsers } from "@ig/db";
import { AreaNames } from "@/components/admin/area-names";
import { RecordTable } from "@/components/admin/record-table";
import { StaffUserForm } from "@/components/admin/staff-user-form";
import { createStaffUserAction } from "./actions";
import { requireStaffPage } from "@/server/staff-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  const admin = await requireStaffPage("admin");
  const t = await getTranslations("admin.users");
  const users = await listStaffUsers(admin);
  const cell = "border border-slate-200 px-3 py-2";
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <RecordTable
        headings={(["name", "email", "role", "areas", "state"] as const).map((c) => t(c))}
        cell={cell}
      >
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link href={`/admin/users/${user.id}`} className="text-brand-800 underline">
                {user.name}
              </Link>
            </th>
            <td className={cell}>{user.email}</td>
            <td className={cell}>{t(`roleNames.${user.role}`)}</td>
            <td className={cell}>
              <AreaNames slugs={user.areas} />
            </td>
            <td className={cell}>{user.active ? t("active") : t("inactive")}</td>
          </tr>
        ))}
      </RecordTable>
      <section aria-labelledby="new-user" className="max-w-xl space-y-3">
        <h2 id="new-user" className="text-xl font-semibold">
          {t("new")}
        </h2>
        <StaffUserForm action={createStaffUserAction} />
      </section>
    </div>
  );
}
