import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.resetPassword"))("title") };
}

/** Public: reached from the one-time link of a reset e-mail; the token is checked on submit. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const t = await getTranslations("admin.resetPassword");
  const { token } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {token ? <ResetPasswordForm token={token} /> : <p className="mt-6">{t("errors.invalidLink")}</p>}
    </main>
  );
}
