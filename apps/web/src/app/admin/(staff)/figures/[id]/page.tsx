import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { figureQualifiers, readOnlyReason, figureUnits, ZRecordId, type Locale } from "@ig/domain";
import { getFigureForEditing, listSources } from "@ig/db";
import { FigureEditForm } from "@/components/admin/figure-edit-form";
import { MarkVerifiedButton } from "@/components/admin/mark-verified-button";
import { VerifiedDate } from "@/components/admin/verified-date";
import { Localized, localizedText } from "@/components/localized";
import { editPathOf } from "@/lib/edit-path";
import { parsedParam } from "@/lib/route-params";
import { submitFigureEdit } from "./actions";
import { requireStaffPage } from "@/server/staff-guard";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireStaffPage();
  const figure = await getFigureForEditing(user, parsedParam(ZRecordId, (await params).id));
  return { title: figure ? localizedText(figure.label, (await getLocale()) as Locale) : undefined };
}

/** A figure's edit form with its source and period, and "Mark verified"; read-only for those who do not edit its area. */
export default async function EditFigurePage({ params }: Props) {
  const user = await requireStaffPage();
  const figure = await getFigureForEditing(user, parsedParam(ZRecordId, (await params).id));
  if (!figure) notFound();
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const readOnly = readOnlyReason(user, [figure.area.slug]);
  const canEdit = readOnly === null;
  const sources = (await listSources()).map((source) => ({
    value: source.id,
    label: t("figures.sourceOption", {
      title: localizedText(source.title, locale),
      publisher: source.publisher ? localizedText(source.publisher, locale) : t("figures.noPublisher"),
      date: source.publishedOn,
    }),
  }));
  const label = localizedText(figure.label, locale);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/figures" className="text-brand-800 underline">
          {t("figures.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("figures.editTitle", { label })}</h1>
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("figures.holder")}</dt>
        <dd>
          {figure.holder ? (
            <Link href={editPathOf({ ...figure.holder, id: "" })} className="text-brand-800 underline">
              <Localized value={figure.holder.name} />
            </Link>
          ) : (
            <Localized value={figure.area.name} />
          )}
        </dd>
        <dt className="font-medium">{t("content.status")}</dt>
        <dd>{t(`content.statusValue.${figure.status}`)}</dd>
        <dt className="font-medium">{t("records.lastVerified")}</dt>
        <dd>
          <VerifiedDate date={figure.lastVerifiedAt} />
        </dd>
      </dl>
      {canEdit && (
        <div className="space-y-1">
          <p className="text-slate-800">{t("verify.help")}</p>
          <MarkVerifiedButton kind="figure" id={figure.id} version={figure.version} name={label} />
        </div>
      )}
      <FigureEditForm
        figure={figure}
        units={figureUnits.map((unit) => ({ value: unit, label: t(`figures.units.${unit}`) }))}
        qualifiers={[
          { value: "", label: t("figures.none") },
          ...figureQualifiers.map((q) => ({ value: q, label: t(`figures.qualifiers.${q}`) })),
        ]}
        sources={sources}
        currentSource={sources.find((s) => s.value === figure.sourceId)?.label ?? ""}
        action={submitFigureEdit}
        canEdit={canEdit}
        readOnlyBecause={readOnly ?? undefined}
      />
    </div>
  );
}
