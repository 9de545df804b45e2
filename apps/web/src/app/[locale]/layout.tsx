import "@fontsource-variable/inter";
import "../globals.css";
import type { Metadata } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { localeParam } from "@/lib/locale-param";
import { siteUrl } from "@/lib/site-url";

// Inter's Latin subset (the same file as @fontsource's) through next/font, which preloads it: it
// then arrives before the first paint instead of swapping in after it and moving the text below
// (Lighthouse counted that as layout shift and a late largest paint). Its other subsets stay
// with @fontsource, loaded only by a page that uses them (globals.css, --font-sans).
const interLatin = localFont({
  src: "../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-inter-latin",
  adjustFontFallback: false,
});

// Only the messages that client components use travel to the browser.
const clientNamespaces = ["site", "nav", "compare", "enquiry", "enquiryStatus"];
const pick = (messages: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.filter((key) => key in messages).map((key) => [key, messages[key]]));

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: siteUrl(),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"} className={interLatin.variable}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={pick(await getMessages({ locale }), clientNamespaces)}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
