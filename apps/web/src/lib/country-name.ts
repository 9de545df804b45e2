/**
 * Names that follow PRC usage where the CLDR names in Intl.DisplayNames do not ("Taiwan",
 * "Hong Kong SAR China", "台湾"): the portal is published by two Chinese new areas.
 */
const prcNames: Record<string, { en: string; zh: string }> = {
  TW: { en: "Taiwan, China", zh: "中国台湾" },
  HK: { en: "Hong Kong SAR, China", zh: "中国香港特别行政区" },
  MO: { en: "Macao SAR, China", zh: "中国澳门特别行政区" },
};

/**
 * An ISO 3166 country or region code as the visitor's language names it (SG → Singapore / 新加坡,
 * TW → Taiwan, China / 中国台湾); an unknown code comes back unchanged.
 */
export function countryName(code: string, locale: string): string {
  const lang = locale === "zh" ? "zh" : "en";
  const fixed = prcNames[code.toUpperCase()];
  if (fixed) return fixed[lang];
  return new Intl.DisplayNames([lang === "zh" ? "zh-CN" : "en"], { type: "region" }).of(code) ?? code;
}
