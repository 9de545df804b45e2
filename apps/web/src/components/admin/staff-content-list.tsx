import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@ig/domain";
import type { Localized as LocalizedValue } from "@ig/db";
import { Localized, localizedText } from "@/components/localized";
import { RecordTable } from "@/components/admin/record-table";
import { cachedAreas } from "@/lib/cached-data";
import { UrlStateForm } from "@/components/url-state-form";

type Item = {
  slug: string;
  name: LocalizedValue;
  status: "draft" | "published";
  kind: string;
  lastVerifiedAt: string | null;
  /** The owner's name; null: none. */
  owner: string | null;
  areas: { slug: string; name: LocalizedValue }[];
};

/** A staff list of content records (any status) with an area filter that works without JavaScript. */
export async function StaffContentList({
  title,
  basePath,
  area,
  kindLabel,
  items,
  create,
  notice,
}: {
  title: string;
  basePath: string;
  area: string | undefined;
  kindLabel: string;
  items: Item[];
  /** The "New …" link, for those who may create records. */
  create?: { href: string; label: string };
  /** A note on what just happened (a record deleted). */
  notice?: string;
}) {
  const t = await getTranslations("admin.content");
  const format = await getFormatter();
  const areas = await cachedAreas();
  const locale = (await getLocale()) as Locale;
  const cell = "border border-slate-200 px-3 py-2";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        {create && (
          <Link href={create.href} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
            {create.label}
          </Link>
        )}
      </div>
      {notice && (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      <UrlStateForm state={area} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="area" className="block font-medium">
            {t("area")}
          </label>
          <select
            id="area"
            name="area"
            defaultValue={area ?? ""}
            className="mt-1 rounded-md border border-slate-500 bg-white px-3 py-2"
          >
            <option value="">{t("allAreas")}</option>
            {areas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {localizedText(a.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("filter")}
        </button>
      </UrlStateForm>
      <RecordTable
        caption={title}
        headings={[
          t("fields.name"),
          t("area"),
          t("status"),
          kindLabel,
          t("lastVerified"),
          t("fields.ownerId"),
        ]}
        cell={cell}
      >
        {items.map((item) => (
          <tr key={item.slug}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link href={`${basePath}/${item.slug}`} className="text-brand-800 underline">
                <Localized value={item.name} />
              </Link>
            </th>
            <td className={cell}>
              {item.areas.map((a, index) => (
                <span key={a.slug}>
                  {index > 0 && ", "}
                  <Localized value={a.name} />
                </span>
              ))}
            </td>
            <td className={cell}>{t(`statusValue.${item.status}`)}</td>
            <td className={cell}>{item.kind}</td>
            <td className={cell}>
              {item.lastVerifiedAt
                ? format.dateTime(new Date(item.lastVerifiedAt), { dateStyle: "medium", timeZone: "UTC" })
                : t("never")}
            </td>
            <td className={cell}>{item.owner ?? t("fields.noOwner")}</td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}
