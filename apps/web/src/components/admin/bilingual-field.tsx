import { useTranslations } from "next-intl";

const input = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/**
 * One content text in both languages, side by side, with a visible marker while the Chinese is
 * missing (the public page then falls back to English, marked as such).
 */
export function BilingualField({
  name,
  label,
  value,
  multiline,
  invalid,
}: {
  name: string;
  label: string;
  value: { en?: string; zh?: string } | undefined;
  multiline?: boolean;
  invalid: (path: string) => boolean;
}) {
  const t = useTranslations("admin.content");
  const missing = !value?.zh?.trim();
  return (
    <fieldset className="rounded-lg border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{label}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        {(["en", "zh"] as const).map((locale) => {
          const id = `${name}-${locale}`;
          const props = {
            id,
            name: `${name}.${locale}`,
            lang: locale === "zh" ? "zh-CN" : "en",
            defaultValue: value?.[locale] ?? "",
            "aria-invalid": invalid(`${name}.${locale}`) || undefined,
            "aria-describedby": locale === "zh" && missing ? `${id}-missing` : undefined,
            className: input,
          };
          return (
            <div key={locale}>
              <label htmlFor={id} className="text-sm font-medium">
                {t(locale === "en" ? "english" : "chinese")}
              </label>
              {/* Beside the label, not in it: the input's name stays "Chinese", the badge is its description. */}
              {locale === "zh" && missing && (
                <span id={`${id}-missing`} className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">
                  {t("missingTranslation")}
                </span>
              )}
              {multiline ? <textarea rows={6} {...props} /> : <input type="text" {...props} />}
              {invalid(`${name}.${locale}`) && (
                <p className="mt-1 text-sm text-red-800">
                  {t(value?.[locale]?.trim() ? "fieldInvalid" : "fieldRequired")}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
