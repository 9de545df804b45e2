import { useTranslations } from "next-intl";
import {
  areaSlugs,
  spaceNeeds,
  startTimings,
  targetMarkets,
  transportModes,
  type TSiteSelectionAnswers,
} from "@ig/domain";
import { UrlStateForm } from "./url-state-form";

type Option = { value: string; label: string };

const fieldClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
const groupClass = "rounded-md border border-slate-200 p-3";

function Choices({
  legend,
  type,
  name,
  options,
  checked,
}: {
  legend: string;
  type: "radio" | "checkbox";
  name: string;
  options: Option[];
  checked: (value: string) => boolean;
}) {
  return (
    <fieldset className={groupClass}>
      <legend className="px-1 font-medium">{legend}</legend>
      <ul className="space-y-1">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex items-start gap-2 py-1">
              <input
                type={type}
                name={name}
                value={option.value}
                defaultChecked={checked(option.value)}
                className="mt-1 size-4 shrink-0"
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The assistant's questions as a GET form to the page itself: the answers become the URL (a result
 * is a link to share) and it works without JavaScript. Every question may stay unanswered.
 */
export function SiteSelectionForm({
  answers,
  industries,
  areaNames,
}: {
  answers: TSiteSelectionAnswers;
  industries: Option[];
  areaNames: Record<string, string>;
}) {
  const t = useTranslations("siteSelection");
  const select = (name: "industry" | "timing" | "area", anyLabel: string, options: Option[]) => (
    <div>
      <label htmlFor={`site-${name}`} className="font-medium">
        {t(name)}
      </label>
      <select id={`site-${name}`} name={name} defaultValue={answers[name] ?? ""} className={fieldClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <UrlStateForm
      state={answers}
      aria-label={t("formLabel")}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      {select("industry", t("anyIndustry"), industries)}
      {select(
        "area",
        t("eitherArea"),
        areaSlugs.map((slug) => ({ value: slug, label: areaNames[slug] ?? slug })),
      )}
      <Choices
        legend={t("need")}
        type="radio"
        name="need"
        options={[
          { value: "", label: t("noNeed") },
          ...spaceNeeds.map((need) => ({ value: need, label: t(`needs.${need}`) })),
        ]}
        checked={(value) => value === (answers.need ?? "")}
      />
      <Choices
        legend={t("modes")}
        type="checkbox"
        name="mode"
        options={transportModes.map((mode) => ({ value: mode, label: t(`modeOptions.${mode}`) }))}
        checked={(value) => (answers.modes as string[]).includes(value)}
      />
      <Choices
        legend={t("markets")}
        type="checkbox"
        name="market"
        options={targetMarkets.map((market) => ({ value: market, label: t(`marketOptions.${market}`) }))}
        checked={(value) => (answers.markets as string[]).includes(value)}
      />
      {select(
        "timing",
        t("anyTiming"),
        startTimings.map((timing) => ({ value: timing, label: t(`timings.${timing}`) })),
      )}
      <div className="sm:col-span-2">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
      </div>
    </UrlStateForm>
  );
}
