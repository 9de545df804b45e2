import { getTranslations } from "next-intl/server";
import { listProjectsForStaff } from "@ig/db";
import { StaffContentList } from "@/components/admin/staff-content-list";

type Props = { searchParams: Promise<{ area?: string }> };

/** Every project in any status, for staff: filter by area, open one to edit it. */
export default async function AdminProjectsPage({ searchParams }: Props) {
  const area = (await searchParams).area || undefined;
  const t = await getTranslations();
  const projects = await listProjectsForStaff({ area });
  return (
    <StaffContentList
      title={t("admin.content.projects")}
      basePath="/admin/projects"
      area={area}
      kindLabel={t("admin.content.fields.stage")}
      items={projects.map((p) => ({ ...p, kind: t(`projectStage.${p.stage}`) }))}
    />
  );
}
