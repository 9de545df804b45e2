import type { FigureQualifier, FigureUnit } from "./enums.ts";
import type { Locale } from "./locale.ts";

const intlLocale: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

function decimal(value: number, locale: Locale, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: maxFractionDigits }).format(
    value,
  );
}

/**
 * Large amounts read the way each audience counts: English in millions / billions,
 * Chinese in 万 / 亿 (CNY 97.3 billion is 973亿元, not 97.3 billion 元).
 */
export function formatAmount(value: number, currency: "CNY" | "USD", locale: Locale): string {
  if (locale === "zh") {
    const unit = currency === "CNY" ? "元" : "美元";
    if (Math.abs(value) >= 1e8) return `${decimal(value / 1e8, locale)}亿${unit}`;
    if (Math.abs(value) >= 1e4) return `${decimal(value / 1e4, locale)}万${unit}`;
    return `${decimal(value, locale)}${unit}`;
  }
  const prefix = currency === "CNY" ? "CNY" : "US$";
  if (Math.abs(value) >= 1e9) return `${prefix} ${decimal(value / 1e9, locale)} billion`;
  if (Math.abs(value) >= 1e6) return `${prefix} ${decimal(value / 1e6, locale)} million`;
  return `${prefix} ${decimal(value, locale)}`;
}

const qualifierText: Record<FigureQualifier, Record<Locale, string>> = {
  over: { en: "over ", zh: "超过" },
  about: { en: "about ", zh: "约" },
  nearly: { en: "nearly ", zh: "近" },
};

const unitText: Record<Exclude<FigureUnit, "cny" | "usd" | "count">, Record<Locale, string>> = {
  percent: { en: "%", zh: "%" },
  sqkm: { en: " km²", zh: "平方公里" },
  tonnes: { en: " tonnes", zh: "吨" },
  teu: { en: " TEU", zh: "标箱" },
};

export interface FigureValue {
  value: number;
  unit: FigureUnit;
  unitLabel?: Partial<Record<Locale, string>> | null;
  qualifier?: FigureQualifier | null;
}

/** A figure's value with its unit, as a reader of that language expects it. */
export function formatFigure(figure: FigureValue, locale: Locale): string {
  const { value, unit, qualifier } = figure;
  let body: string;
  if (unit === "cny" || unit === "usd") body = formatAmount(value, unit === "cny" ? "CNY" : "USD", locale);
  else if (unit === "count") {
    const own = figure.unitLabel?.[locale];
    const label = own ?? figure.unitLabel?.en;
    const count = large(value, locale);
    // Chinese measure words attach to the number; an English label is a separate word.
    body = label ? (own && locale === "zh" ? `${count}${label}` : `${count} ${label}`) : count;
  } else body = `${large(value, locale)}${unitText[unit][locale]}`;
  return qualifier ? `${qualifierText[qualifier][locale]}${body}` : body;
}

/** Plain counts: 10,000+ reads better as 1.2 million / 120万 than as a long row of digits. */
function large(value: number, locale: Locale): string {
  if (locale === "zh" && Math.abs(value) >= 1e8) return `${decimal(value / 1e8, locale)}亿`;
  if (locale === "zh" && Math.abs(value) >= 1e5) return `${decimal(value / 1e4, locale)}万`;
  if (locale === "en" && Math.abs(value) >= 1e9) return `${decimal(value / 1e9, locale)} billion`;
  if (locale === "en" && Math.abs(value) >= 1e6) return `${decimal(value / 1e6, locale)} million`;
  return decimal(value, locale);
}
