import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
