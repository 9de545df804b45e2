import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { contentKinds, hasRole, parseStaffListFilter, type SearchParams } from "@ig/domain";
import { listContentForStaff } from "@ig/db";
import { listDetailOf } from "@/components/admin/content-kind-fields";
import { StaffContentList } from "@/components/admin/staff-content-list";
import { kindOfParams } from "./kind-of-params";
import { requireStaffPage } from "@/server/staff-guard";

type Props = {
  params: Promise<{ kind: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.content");
  return { title: t(`lists.${await kindOfParams(params)}`) };
}

/** Every record of a kind in any status, for staff: filter by area, open one to edit it, or add one. */
export default async function AdminContentListPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  const kind = await kindOfParams(params);
  const search = await searchParams;
  const { area } = parseStaffListFilter(search);
  const deleted = typeof search.deleted === "string" ? search.deleted : undefined;
  const t = await getTranslations("admin.content");
  const format = await getFormatter();
  const [rows, detail] = await Promise.all([
    listContentForStaff(user, { kind, area }),
    listDetailOf(kind, user),
  ]);
  const labelOf = (value: string) =>
    detail.options?.find((option) => option.value === value)?.label ??
    format.dateTime(new Date(value), { dateStyle: "medium", timeZone: "UTC" });
  const basePath = `/admin/${contentKinds[kind].path}`;
  return (
    <StaffContentList
      title={t(`lists.${kind}`)}
      basePath={basePath}
      area={area}
      kindLabel={detail.label}
      items={rows.map((row) => ({ ...row, kind: labelOf(row.detail) }))}
      create={!hasRole(user, "editor") ? undefined : { href: `${basePath}/new`, label: t(`new.${kind}`) }}
      notice={deleted ? t("delete.done", { slug: deleted }) : undefined}
    />
  );
}
