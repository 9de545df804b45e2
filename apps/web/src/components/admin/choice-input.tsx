import { useTranslations } from "next-intl";
import type { ChoiceField } from "./content-controls";

const control = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/** One non-text field of a staff content form: a select, or a number, date or text input. */
export function ChoiceInput({
  field,
  value,
  invalid,
  message,
}: {
  field: ChoiceField;
  value: unknown;
  invalid: boolean;
  /** What to say when invalid; by default "required" when it was sent empty, else "Check this field". */
  message?: string;
}) {
  const t = useTranslations("admin.content");
  const props = {
    id: field.name,
    name: field.name,
    defaultValue: String(value ?? ""),
    className: control,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${field.name}-error` : undefined,
  };
  return (
    <div>
      <label htmlFor={field.name} className="font-medium">
        {field.label}
      </label>
      {field.options ? (
        // React sets a select's default only when it mounts, and a form action resets the form to it
        // afterwards: keyed by its default, a refused save's sent choice becomes that default.
        <select key={props.defaultValue} {...props}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...props}
          type={field.type ?? "number"}
          {...(!field.type || field.type === "number" ? { min: "0", step: "any" } : {})}
        />
      )}
      {invalid && (
        <p id={`${field.name}-error`} className="mt-1 text-sm text-red-800">
          {message ?? t(String(value ?? "").trim() ? "fieldInvalid" : "fieldRequired")}
        </p>
      )}
    </div>
  );
}
