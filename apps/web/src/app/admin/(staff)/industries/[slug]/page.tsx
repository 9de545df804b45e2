import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { hasRole, type Locale } from "@ig/domain";
import { getIndustryForEditing } from "@ig/db";
import { IndustryEditForm } from "@/components/admin/industry-edit-form";
import { MarkVerifiedButton } from "@/components/admin/mark-verified-button";
import { VerifiedDate } from "@/components/admin/verified-date";
import { localizedText } from "@/components/localized";
import { slugParam } from "@/lib/route-params";
import { submitIndustryEdit } from "./actions";
import { requireStaffPage } from "@/server/staff-guard";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireStaffPage();
  const industry = await getIndustryForEditing(user, await slugParam(params));
  return { title: industry ? localizedText(industry.name, (await getLocale()) as Locale) : undefined };
}

/** An industry's edit form. Industries are shared by both new areas: only administrators change them. */
export default async function EditIndustryPage({ params }: Props) {
  const user = await requireStaffPage();
  const industry = await getIndustryForEditing(user, await slugParam(params));
  if (!industry) notFound();
  const t = await getTranslations("admin");
  const name = localizedText(industry.name, (await getLocale()) as Locale);
  const isAdmin = hasRole(user, "admin");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/industries" className="text-brand-800 underline">
          {t("industries.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("industries.editTitle", { name })}</h1>
      <p className="text-slate-800">{t("industries.shared")}</p>
      <p>
        {t("records.lastVerified")}: <VerifiedDate date={industry.lastVerifiedAt} />
      </p>
      {isAdmin && (
        <MarkVerifiedButton kind="industry" id={industry.id} version={industry.version} name={name} />
      )}
      <IndustryEditForm industry={industry} action={submitIndustryEdit} canEdit={isAdmin} />
    </div>
  );
}
