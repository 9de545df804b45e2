import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/admin/login-form";
import { SignedOutPage } from "@/components/admin/signed-out-page";
import { getStaffUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.login");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getStaffUser()) redirect("/admin");
  return (
    <SignedOutPage group="login">
      <LoginForm />
    </SignedOutPage>
  );
}
