import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZRecordId } from "@ig/domain";
import { getStaffAccount } from "@ig/db";
import { AccountActionButton } from "@/components/admin/account-action-button";
import { StaffUserForm } from "@/components/admin/staff-user-form";
import { parsedParam } from "@/lib/route-params";
import { sendPasswordResetAction, setStaffUserActiveAction, updateStaffUserAction } from "../actions";
import { requireStaffPage } from "@/server/staff-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("edit") };
}

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const admin = await requireStaffPage("admin");
  const user = await getStaffAccount(admin, parsedParam(ZRecordId, (await params).id));
  if (!user) notFound();
  const t = await getTranslations("admin.users");
  return (
    <div className="max-w-xl space-y-6">
      <Link href="/admin/users" className="text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold text-brand-900">{user.name}</h1>
      {(await searchParams).created && (
        <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {t("done.created")}
        </p>
      )}
      <p>
        {user.email} · {user.active ? t("active") : t("inactive")}
      </p>
      <StaffUserForm action={updateStaffUserAction} user={user} />
      {user.id !== admin.id && (
        <AccountActionButton
          action={setStaffUserActiveAction}
          fields={{ id: user.id, active: String(!user.active) }}
          label={user.active ? t("deactivate") : t("reactivate")}
        />
      )}
      {user.active && (
        <AccountActionButton
          action={sendPasswordResetAction}
          fields={{ id: user.id }}
          label={t("sendLink")}
        />
      )}
    </div>
  );
}
