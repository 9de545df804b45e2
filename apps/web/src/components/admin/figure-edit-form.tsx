"use client";
import { useTranslations } from "next-intl";
import type { FigureForEditing } from "@ig/db";
import { BilingualField } from "./bilingual-field";
import { ConflictTable } from "./conflict-table";
import { Outcome } from "./content-edit-form";
import { SaveOrReadOnly } from "./save-or-read-only";
import { useVersionedEdit, type EditAction } from "./use-versioned-edit";

type Option = { value: string; label: string };
type Text = { en?: string; zh?: string };

const control = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/**
 * The staff edit form of a figure: label and period in both languages, value, unit, qualifier, the
 * source it cites and the headline flag. A save against an outdated version comes back as a
 * conflict: the form keeps this editor's values and shows the other person's next to them.
 */
export function FigureEditForm({
  figure,
  units,
  qualifiers,
  sources,
  currentSource,
  action,
  canEdit,
  readOnlyBecause = "area",
}: {
  figure: FigureForEditing;
  units: Option[];
  qualifiers: Option[];
  sources: Option[];
  currentSource: string;
  action: EditAction<FigureForEditing>;
  canEdit: boolean;
  /** Why the form is read-only when it is: the viewer's role, or the figure's area. */
  readOnlyBecause?: "role" | "area";
}) {
  const t = useTranslations("admin");
  const { state, submit, pending, submitted, version, invalid } = useVersionedEdit({
    action,
    record: figure,
  });
  const values: Record<string, unknown> = submitted ?? figure;
  // A ticked checkbox submits "on", an unticked one nothing.
  const headline = submitted ? submitted.headline === "on" : figure.headline;
  const yesNo = [
    { value: "true", label: t("figures.yes") },
    { value: "false", label: t("figures.no") },
  ];
  const texts = [
    { name: "label", label: t("figures.label") },
    { name: "period", label: t("figures.period") },
  ];
  const choices = [
    { name: "value", label: t("figures.value") },
    { name: "unit", label: t("figures.unit"), options: units },
    { name: "qualifier", label: t("figures.qualifier"), options: qualifiers },
    { name: "sourceId", label: t("figures.source"), options: sources },
    { name: "headline", label: t("figures.headlineShort"), options: yesNo },
  ];
  const select = (name: string, options: Option[]) => (
    <div>
      <label htmlFor={name} className="font-medium">
        {choices.find((c) => c.name === name)!.label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={String(values[name] ?? "")}
        className={control}
        aria-invalid={invalid(name) || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {invalid(name) && <p className="mt-1 text-sm text-red-800">{t("content.fieldInvalid")}</p>}
    </div>
  );
  return (
    <form action={submit} className="space-y-6" key={`${figure.version}-${version}`}>
      <input type="hidden" name="id" value={figure.id} />
      <input type="hidden" name="version" value={version} />
      <Outcome state={state} />
      {state.kind === "conflict" && (
        <ConflictTable
          current={{ ...state.current, headline: String(state.current.headline) }}
          values={{ ...state.values, headline: String(headline) }}
          controls={[
            ...texts.map((text) => ({ control: "text" as const, ...text })),
            ...choices.map((choice) => ({ control: "choice" as const, ...choice })),
          ]}
        />
      )}
      <BilingualField
        name="label"
        label={t("figures.label")}
        value={values.label as Text}
        invalid={invalid}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="value" className="font-medium">
            {t("figures.value")}
          </label>
          <input
            id="value"
            name="value"
            type="number"
            step="any"
            required
            defaultValue={String(values.value ?? "")}
            className={control}
            aria-describedby="value-help"
            aria-invalid={invalid("value") || undefined}
          />
          <p id="value-help" className="mt-1 text-sm text-slate-700">
            {t("figures.valueHelp")}
          </p>
          {invalid("value") && <p className="mt-1 text-sm text-red-800">{t("content.fieldInvalid")}</p>}
        </div>
        {select("unit", units)}
        {select("qualifier", qualifiers)}
      </div>
      <BilingualField
        name="period"
        label={t("figures.period")}
        value={values.period as Text}
        invalid={invalid}
      />
      <div>
        {select("sourceId", sources)}
        <p className="mt-1 text-sm text-slate-700">{t("figures.currentSource", { source: currentSource })}</p>
      </div>
      <div className="flex items-center gap-2">
        <input
          id="headline"
          name="headline"
          type="checkbox"
          defaultChecked={headline}
          className="h-5 w-5 rounded border-slate-500"
        />
        <label htmlFor="headline">{t("figures.headline")}</label>
      </div>
      <SaveOrReadOnly
        canEdit={canEdit}
        pending={pending}
        note={t(readOnlyBecause === "role" ? "content.readOnlyRole" : "content.readOnly")}
      />
    </form>
  );
}
