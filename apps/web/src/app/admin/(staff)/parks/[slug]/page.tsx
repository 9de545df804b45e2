import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { parkTypes, type Locale } from "@ig/domain";
import { getParkForEditing } from "@ig/db";
import { ContentEditPage } from "@/components/admin/content-edit-page";
import { localizedText } from "@/components/localized";
import { submitParkEdit } from "./actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const park = await getParkForEditing((await params).slug);
  return { title: park ? localizedText(park.name, (await getLocale()) as Locale) : undefined };
}

/** A park's edit form, for staff; read-only for those who do not edit its area. */
export default async function EditParkPage({ params }: Props) {
  const park = await getParkForEditing((await params).slug);
  if (!park) notFound();
  const t = await getTranslations();
  const choices = [
    {
      name: "type",
      label: t("admin.content.fields.type"),
      options: parkTypes.map((type) => ({ value: type, label: t(`parkType.${type}`) })),
    },
  ];
  return (
    <ContentEditPage
      record={park}
      list={{ href: "/admin/parks", label: t("admin.content.parks") }}
      choices={choices}
      action={submitParkEdit}
    />
  );
}
