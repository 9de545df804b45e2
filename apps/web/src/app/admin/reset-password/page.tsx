import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { SignedOutPage } from "@/components/admin/signed-out-page";

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
    <SignedOutPage group="resetPassword" query={token ? { token } : {}}>
      {token ? <ResetPasswordForm token={token} /> : <p className="mt-6">{t("errors.invalidLink")}</p>}
    </SignedOutPage>
  );
}
