import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { contentKinds, readOnlyReason, type Locale } from "@ig/domain";
import { countContentUses, getContentForEditing } from "@ig/db";
import { AreaNames } from "@/components/admin/area-names";
import { nameOf } from "@/components/admin/content-kind-fields";
import { DeleteConfirmForm } from "@/components/admin/delete-confirm-form";
import { localizedText } from "@/components/localized";
import { submitContentDelete } from "../../actions";
import { kindOfParams } from "../../kind-of-params";
import { slugParam } from "@/lib/route-params";
import { requireStaffPage } from "@/server/staff-guard";

type Props = { params: Promise<{ kind: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.content.delete");
  return { title: t("title", { name: (await params).slug }) };
}

/**
 * "Delete this record?": names it and what it is, says when something still refers to it (then
 * it cannot be deleted), and deletes only on an explicit confirmation (a plain form, no script).
 */
export default async function DeleteContentPage({ params }: Props) {
  const user = await requireStaffPage();
  const kind = await kindOfParams(params);
  const record = await getContentForEditing(user, kind, await slugParam(params));
  if (!record) notFound();
  const t = await getTranslations("admin.content");
  const locale = (await getLocale()) as Locale;
  const name = localizedText(nameOf(kind, record), locale);
  const uses = await countContentUses(user, kind, record.id);
  const editHref = `/admin/${contentKinds[kind].path}/${record.slug}`;
  const readOnly = readOnlyReason(user, record.areas);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={editHref} className="text-brand-800 underline">
          {t("backToEdit")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("delete.title", { name })}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="font-medium">{t("delete.kind")}</dt>
        <dd>{t(`kindName.${kind}`)}</dd>
        <dt className="font-medium">{t("create.slug")}</dt>
        <dd>{record.slug}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>{t(`statusValue.${record.status}`)}</dd>
        <dt className="font-medium">{t("area")}</dt>
        <dd>
          <AreaNames slugs={record.areas} />
        </dd>
      </dl>
      {uses.projects > 0 || uses.enquiries > 0 ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {t("delete.inUse", uses)}
        </p>
      ) : readOnly === null ? (
        <>
          <p>{t(record.status === "published" ? "delete.warnPublished" : "delete.warnDraft")}</p>
          <DeleteConfirmForm
            action={submitContentDelete.bind(null, kind)}
            slug={record.slug}
            version={record.version}
            cancelHref={editHref}
          />
        </>
      ) : (
        <p className="rounded-md border border-slate-400 bg-slate-100 p-3">
          {t(readOnly === "role" ? "readOnlyRole" : "readOnly")}
        </p>
      )}
    </div>
  );
}
