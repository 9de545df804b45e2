import type { Locale, TSiteSelectionAnswers } from "@ig/domain";

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The assistant's answers as the enquiry message's first lines, in the visitor's language, so the
 * teams read what the shortlist was made for; undefined when no question was answered. `t` is the
 * siteSelection namespace; `names` gives the industry's and the new area's names.
 */
export function siteSelectionSummary(
  answers: TSiteSelectionAnswers,
  { t, locale, names }: { t: Translate; locale: Locale; names: { industry?: string; area?: string } },
): string | undefined {
  const list = (values: string[]) => values.join(locale === "zh" ? "、" : ", ");
  const lines = [
    names.industry && t("summary.industry", { value: names.industry }),
    answers.need && t("summary.need", { value: t(`needs.${answers.need}`) }),
    answers.modes.length > 0 &&
      t("summary.modes", { value: list(answers.modes.map((mode) => t(`modeOptions.${mode}`))) }),
    answers.markets.length > 0 &&
      t("summary.markets", { value: list(answers.markets.map((market) => t(`marketOptions.${market}`))) }),
    answers.timing && t("summary.timing", { value: t(`timings.${answers.timing}`) }),
    names.area && t("summary.area", { value: names.area }),
  ].filter((line): line is string => Boolean(line));
  return lines.length > 0 ? [t("summary.intro"), ...lines].join("\n") : undefined;
}
