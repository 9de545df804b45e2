import "@fontsource-variable/inter";
import "../globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    robots: { index: false, follow: false },
  };
}

/** The staff area's root: its own document, in the language the staff member last chose. */
export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {/* compare: the park preview shows the public page's compare button. */}
        <NextIntlClientProvider
          messages={{ admin: messages.admin, site: messages.site, compare: messages.compare }}
        >
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
