import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";

/**
 * The frame of the staff pages reached before sign-in (login, password reset): the language switch
 * (a link the proxy answers, server/staff-language-link.ts; these pages carry no server action)
 * and the title. Its client form gets only the strings of its own group of the staff catalogue
 * (`admin.<group>`), not the whole catalogue.
 */
export async function SignedOutPage({
  group,
  query = {},
  children,
}: {
  group: "login" | "resetPassword";
  /** The page's own query parameters, kept by the switch (the reset link's token). */
  query?: Record<string, string>;
  children: ReactNode;
}) {
  const t = await getTranslations(`admin.${group}`);
  const language = await getTranslations("admin.language");
  const other = (await getLocale()) === "zh" ? "en" : "zh";
  const { admin } = (await getMessages()) as { admin: Record<string, unknown> };
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <div className="flex justify-end text-sm">
        <a
          href={`?${new URLSearchParams({ ...query, lang: other })}`}
          hrefLang={other}
          lang={other === "zh" ? "zh-CN" : "en"}
          aria-label={language("switchTo")}
          className="rounded-md border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
        >
          {language("other")}
        </a>
      </div>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <NextIntlClientProvider messages={{ admin: { [group]: admin[group] } }}>
        {children}
      </NextIntlClientProvider>
    </main>
  );
}
