import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { contentKinds, editableKinds, hasRole } from "@ig/domain";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { StaffLanguageSwitch } from "@/components/admin/staff-language-switch";
import { chooseStaffLanguageAction } from "../language/actions";
import { requireStaffPage } from "@/server/staff-guard";

/**
 * The frame of every staff page but the login: navigation by role, who is signed in. Its guard
 * call is for the frame only: each page calls the guard itself (a layout does not stop a page's
 * data from being sent), and each staff action checks again (see server/staff-action.ts).
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const messages = await getMessages();
  return (
    // compare: the park preview shows the public page's compare button.
    <NextIntlClientProvider
      messages={{ admin: messages.admin, site: messages.site, compare: messages.compare }}
    >
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-x-5 gap-y-2">
            <Link href="/admin" className="font-bold text-brand-900">
              {t("title")}
            </Link>
            <Link href="/admin/enquiries" className="text-slate-800 underline">
              {t("enquiriesNav")}
            </Link>
            {editableKinds.map((kind) => (
              <Link
                key={kind}
                href={`/admin/${contentKinds[kind].path}`}
                className="text-slate-800 underline"
              >
                {t(`content.lists.${kind}`)}
              </Link>
            ))}
            {hasRole(user, "admin") && (
              <>
                <Link href="/admin/users" className="text-slate-800 underline">
                  {t("usersNav")}
                </Link>
                <Link href="/admin/audit" className="text-slate-800 underline">
                  {t("auditNav")}
                </Link>
              </>
            )}
            <Link href="/" className="text-slate-800 underline">
              {t("publicSite")}
            </Link>
          </nav>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>{t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</span>
            <StaffLanguageSwitch action={chooseStaffLanguageAction} />
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
