import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { countryCodes, projectStages, type Locale } from "@ig/domain";
import { getProjectForEditing } from "@ig/db";
import { ContentEditPage } from "@/components/admin/content-edit-page";
import { localizedText } from "@/components/localized";
import { countryName } from "@/lib/country-name";
import { submitProjectEdit } from "./actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectForEditing((await params).slug);
  return { title: project ? localizedText(project.name, (await getLocale()) as Locale) : undefined };
}

/** A project's edit form, for staff; read-only for those who do not edit its area. */
export default async function EditProjectPage({ params }: Props) {
  const project = await getProjectForEditing((await params).slug);
  if (!project) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const none = { value: "", label: t("admin.content.fields.none") };
  const choices = [
    {
      name: "stage",
      label: t("admin.content.fields.stage"),
      options: projectStages.map((s) => ({ value: s, label: t(`projectStage.${s}`) })),
    },
    { name: "amount", label: t("admin.content.fields.amount") },
    {
      name: "currency",
      label: t("admin.content.fields.currency"),
      options: [none, { value: "CNY", label: "CNY" }, { value: "USD", label: "USD" }],
    },
    {
      name: "partnerCountry",
      label: t("admin.content.fields.partnerCountry"),
      options: [
        none,
        ...countryCodes
          .map((code) => ({ value: code, label: countryName(code, locale) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale)),
      ],
    },
  ];
  return (
    <ContentEditPage
      record={project}
      list={{ href: "/admin/projects", label: t("admin.content.projects") }}
      previewPath={`/admin/projects/${project.slug}/preview`}
      choices={choices}
      action={submitProjectEdit}
    />
  );
}
