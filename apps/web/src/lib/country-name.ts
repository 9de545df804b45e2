/** An ISO 3166 country code as the visitor's language names it (e.g. SG → Singapore / 新加坡). */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale === "zh" ? "zh-CN" : "en"], { type: "region" }).of(code) ?? code;
}
