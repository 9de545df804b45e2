import { getTranslations } from "next-intl/server";
import { listParksForStaff } from "@ig/db";
import { StaffContentList } from "@/components/admin/staff-content-list";

type Props = { searchParams: Promise<{ area?: string }> };

/** Every park in any status, for staff: filter by area, open one to edit it. */
export default async function AdminParksPage({ searchParams }: Props) {
  const area = (await searchParams).area || undefined;
  const t = await getTranslations();
  const parks = await listParksForStaff({ area });
  return (
    <StaffContentList
      title={t("admin.content.parks")}
      basePath="/admin/parks"
      area={area}
      kindLabel={t("admin.content.fields.type")}
      items={parks.map((p) => ({ ...p, kind: t(`parkType.${p.type}`) }))}
    />
  );
}
