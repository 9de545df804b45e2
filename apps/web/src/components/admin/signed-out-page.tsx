import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { chooseLoginLanguageAction } from "@/app/admin/language/actions";
import { StaffLanguageSwitch } from "./staff-language-switch";

/**
 * The frame of the staff pages reached before sign-in (login, password reset): the language switch
 * (remembered in this browser) and the title. Its client form gets only the strings of its own
 * group of the staff catalogue (`admin.<group>`), not the whole catalogue.
 */
export async function SignedOutPage({
  group,
  children,
}: {
  group: "login" | "resetPassword";
  children: ReactNode;
}) {
  const t = await getTranslations(`admin.${group}`);
  const { admin } = (await getMessages()) as { admin: Record<string, unknown> };
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <div className="flex justify-end text-sm">
        <StaffLanguageSwitch action={chooseLoginLanguageAction} />
      </div>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <NextIntlClientProvider messages={{ admin: { [group]: admin[group] } }}>
        {children}
      </NextIntlClientProvider>
    </main>
  );
}
