import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The staff 404, inside the staff frame (navigation, language switch): an unknown staff URL, a
 * record that does not exist or lies outside the staff member's areas, a page beyond their role.
 */
export default async function StaffNotFound() {
  const t = await getTranslations("admin.notFound");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/admin" className="text-brand-800 underline">
          {t("overview")}
        </Link>
      </p>
    </div>
  );
}
