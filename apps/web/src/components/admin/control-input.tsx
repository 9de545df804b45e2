import { useTranslations } from "next-intl";
import { BilingualField } from "./bilingual-field";
import { ChoiceInput } from "./choice-input";
import type { Control } from "./content-controls";

type Text = { en?: string; zh?: string };
type Link = { mode: string; text?: Text; distanceKm?: number | string | null };
/** A new source as sent in the form, shown again after a refused submit. */
export type SentSource = { title?: Text; publisher?: Text; publishedOn?: string; url?: string };
const fieldset = "rounded-lg border border-slate-300 p-4";
const control = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/**
 * One control of a staff content form, by its description. Values come from the record (links
 * as slug lists, transport as its stored list) or, after a refused submit, from the form as sent
 * (transport keyed by mode, a new source as typed: `sentSource`).
 */
export function ControlInput({
  field,
  value,
  sentSource,
  invalid,
}: {
  field: Control;
  value: unknown;
  sentSource?: SentSource;
  invalid: (path: string) => boolean;
}) {
  const t = useTranslations("admin.content");
  if (field.control === "text")
    return <BilingualField {...field} value={value as Text | undefined} invalid={invalid} />;
  if (field.control === "choice")
    return (
      <ChoiceInput
        field={field}
        value={Array.isArray(value) ? value[0] : value}
        invalid={invalid(field.name)}
      />
    );
  if (field.control === "source") {
    // Plain fields, so a new source can be typed without JavaScript; the server creates it with the save.
    const name = `newSource.${field.name}`;
    const source = { source: field.label };
    const input = (part: "publishedOn" | "url", type: "date" | "url") => (
      <ChoiceInput
        field={{
          name: `${name}.${part}`,
          label: t(`fields.${part === "url" ? "newSourceUrl" : "newSourcePublishedOn"}`, source),
          type,
        }}
        value={sentSource?.[part]}
        invalid={invalid(`${name}.${part}`)}
      />
    );
    return (
      <div className="space-y-3">
        <ChoiceInput field={field} value={value} invalid={invalid(field.name)} />
        <fieldset className={fieldset}>
          <legend className="px-1 font-semibold">{t("fields.newSource", source)}</legend>
          <div className="space-y-3">
            <BilingualField
              name={`${name}.title`}
              label={t("fields.newSourceTitle", source)}
              value={sentSource?.title}
              invalid={invalid}
            />
            <BilingualField
              name={`${name}.publisher`}
              label={t("fields.newSourcePublisher", source)}
              value={sentSource?.publisher}
              invalid={invalid}
            />
            <div className="grid gap-3 md:grid-cols-2">
              {input("publishedOn", "date")}
              {input("url", "url")}
            </div>
          </div>
        </fieldset>
      </div>
    );
  }
  if (field.control === "checkbox")
    return (
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name={field.name} defaultChecked={Boolean(value)} className="size-4" />
        {field.label}
      </label>
    );
  if (field.control === "checkboxes") {
    const chosen = new Set(Array.isArray(value) ? (value as string[]) : value ? [String(value)] : []);
    return (
      <fieldset
        className={fieldset}
        aria-describedby={invalid(field.name) ? `${field.name}-error` : undefined}
      >
        <legend className="px-1 font-semibold">{field.label}</legend>
        {field.options.length === 0 && <p className="text-slate-700">{t("fields.noOptions")}</p>}
        <div className="grid gap-1 sm:grid-cols-2">
          {field.options.map((option) => (
            <label key={option.value} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                name={field.name}
                value={option.value}
                defaultChecked={chosen.has(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {invalid(field.name) && (
          <p id={`${field.name}-error`} className="mt-1 text-sm text-red-800">
            {t("fieldInvalid")}
          </p>
        )}
      </fieldset>
    );
  }
  const links: Record<string, Link | undefined> = Array.isArray(value)
    ? Object.fromEntries((value as Link[]).map((link) => [link.mode, link]))
    : Object.fromEntries(
        Object.entries((value ?? {}) as Record<string, Text & { distanceKm?: string }>).map(
          ([mode, sent]) => [mode, { mode, text: sent, distanceKm: sent.distanceKm }],
        ),
      );
  return (
    <fieldset className={fieldset}>
      <legend className="px-1 font-semibold">{field.label}</legend>
      <div className="space-y-4">
        {field.modes.map((mode) => {
          const name = `${field.name}.${mode.value}`;
          return (
            <div key={mode.value} className="grid gap-3 md:grid-cols-[1fr_10rem]">
              <BilingualField
                name={name}
                label={mode.label}
                value={links[mode.value]?.text}
                invalid={invalid}
              />
              <div>
                <label htmlFor={`${name}.distanceKm`} className="text-sm font-medium">
                  {t("fields.distanceKm")}
                </label>
                <input
                  id={`${name}.distanceKm`}
                  name={`${name}.distanceKm`}
                  type="number"
                  min="0"
                  step="any"
                  defaultValue={String(links[mode.value]?.distanceKm ?? "")}
                  aria-invalid={invalid(`${field.name}`) || undefined}
                  className={control}
                />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
