import { getLocale, getTranslations } from "next-intl/server";

/**
 * The staff header's language switch: a plain form (works without JavaScript) with one button for
 * the other language, labelled in that language; `action` stores the choice on the account.
 */
export async function StaffLanguageSwitch({ action }: { action: (form: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const other = locale === "zh" ? "en" : "zh";
  const t = await getTranslations("admin.language");
  return (
    <form action={action}>
      <button
        type="submit"
        name="locale"
        value={other}
        lang={other === "zh" ? "zh-CN" : "en"}
        aria-label={t("switchTo")}
        className="rounded-md border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
      >
        {t("other")}
      </button>
    </form>
  );
}
