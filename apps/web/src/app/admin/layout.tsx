import "@fontsource-variable/inter";
import "../globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    robots: { index: false, follow: false },
  };
}

/**
 * The staff area's root: its own document, in the staff member's language (server/staff-locale.ts).
 * It hands no messages to the browser: each page below passes its client components only what they
 * read (the login page a handful of strings, the signed-in frame the staff catalogue).
 */
export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="staff-area min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {children}
      </body>
    </html>
  );
}
