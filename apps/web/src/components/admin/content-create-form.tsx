"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { CreateState } from "@/server/content-create-action";
import { BilingualField } from "./bilingual-field";
import { ChoiceInput } from "./choice-input";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import type { ChoiceField, TextField } from "./content-controls";

type Option = { value: string; label: string };
const control = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/**
 * The "new record" form: slug, area(s) (only the editor's own are offered), the bilingual name
 * and what the kind requires. A taken slug or a bad field comes back marked, with the values kept.
 */
export function ContentCreateForm({
  action,
  areas,
  multipleAreas,
  texts,
  choices,
}: {
  action: (state: CreateState, form: FormData) => Promise<CreateState>;
  areas: Option[];
  multipleAreas: boolean;
  texts: TextField[];
  choices: ChoiceField[];
}) {
  const t = useTranslations("admin.content");
  const [state, submit, pending] = useActionState(action, { kind: "idle" });
  const formRef = useFocusFirstInvalid(state.kind === "invalid", state);
  const values = state.kind === "invalid" ? state.values : {};
  const invalid = (path: string) =>
    state.kind === "invalid" && state.fields.some((f) => f === path || f.startsWith(`${path}.`));
  const slugTaken = invalid("slugTaken");
  const chosen = (values.areas as string[] | undefined) ?? [];
  return (
    <form ref={formRef} action={submit} className="space-y-6">
      {state.kind !== "idle" && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {state.kind === "invalid"
            ? slugTaken
              ? t("create.slugTaken")
              : t("invalid")
            : t(`refused.${state.status}`)}
        </p>
      )}
      <div>
        <label htmlFor="slug" className="font-medium">
          {t("create.slug")}
        </label>
        <input
          id="slug"
          name="slug"
          required
          defaultValue={String(values.slug ?? "")}
          aria-invalid={slugTaken || invalid("slug") || undefined}
          aria-describedby="slug-help"
          className={control}
        />
        <p
          id="slug-help"
          className={`mt-1 text-sm ${slugTaken || invalid("slug") ? "text-red-800" : "text-slate-700"}`}
        >
          {slugTaken ? t("create.slugTaken") : t("create.slugHelp")}
        </p>
      </div>
      {multipleAreas ? (
        <fieldset
          className="rounded-lg border border-slate-300 p-4"
          aria-describedby={invalid("areas") ? "areas-error" : undefined}
        >
          <legend className="px-1 font-semibold">{t("create.areas")}</legend>
          {areas.map((area) => (
            <label key={area.value} className="mr-6 inline-flex items-center gap-2">
              <input
                type="checkbox"
                name="areas"
                value={area.value}
                defaultChecked={chosen.includes(area.value)}
              />
              {area.label}
            </label>
          ))}
          {invalid("areas") && (
            <p id="areas-error" className="mt-1 text-sm text-red-800">
              {t("create.areasMissing")}
            </p>
          )}
        </fieldset>
      ) : (
        <ChoiceInput
          field={{ name: "areas", label: t("create.area"), options: areas }}
          value={chosen[0]}
          invalid={invalid("areas")}
          message={t("create.areasMissing")}
        />
      )}
      {texts.map((field) => (
        <BilingualField
          key={field.name}
          {...field}
          value={values[field.name] as { en?: string; zh?: string } | undefined}
          invalid={invalid}
        />
      ))}
      {choices.map((choice) => (
        <ChoiceInput
          key={choice.name}
          field={choice}
          value={values[choice.name]}
          invalid={invalid(choice.name)}
        />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white focus-visible:outline-2 disabled:opacity-70"
      >
        {t("create.submit")}
      </button>
    </form>
  );
}
