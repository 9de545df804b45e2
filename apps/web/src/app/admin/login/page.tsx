import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/admin/login-form";
import { getStaffUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.login");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getStaffUser()) redirect("/admin");
  const t = await getTranslations("admin.login");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <LoginForm />
    </main>
  );
}
