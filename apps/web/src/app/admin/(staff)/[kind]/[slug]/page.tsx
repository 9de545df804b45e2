import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { Locale } from "@ig/domain";
import { getContentEditView } from "@ig/db";
import { ContentEditPage } from "@/components/admin/content-edit-page";
import { nameOf } from "@/components/admin/content-kind-fields";
import { ParkImagesSection } from "@/components/admin/park-images-section";
import { localizedText } from "@/components/localized";
import { submitContentEdit } from "../actions";
import { slugParam } from "@/lib/route-params";
import { kindOfParams } from "../kind-of-params";
import { requireStaffPage } from "@/server/staff-guard";

type Props = { params: Promise<{ kind: string; slug: string }> };

/** The guard first, then the record: generateMetadata reads it too, and runs beside the page. */
async function recordOf(params: Props["params"]) {
  const user = await requireStaffPage();
  const kind = await kindOfParams(params);
  return { user, kind, record: await getContentEditView(user, kind, await slugParam(params)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, record } = await recordOf(params);
  const name = record && nameOf(kind, record);
  return { title: name ? localizedText(name, (await getLocale()) as Locale) : undefined };
}

/** A record's edit form (a published record's with its draft revision), for staff; read-only for those who may not change it. */
export default async function EditContentPage({ params }: Props) {
  const { user, kind, record } = await recordOf(params);
  if (!record) notFound();
  return (
    <>
      <ContentEditPage user={user} kind={kind} record={record} action={submitContentEdit.bind(null, kind)} />
      {kind === "park" && <ParkImagesSection user={user} slug={record.slug} area={record.areas[0]!} />}
    </>
  );
}
