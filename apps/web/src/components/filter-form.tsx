import { maxQueryLength } from "@ig/domain";
import { Link } from "@/i18n/navigation";
import { UrlStateForm } from "./url-state-form";

export interface SelectField {
  name: string;
  label: string;
  value: string | undefined;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  options: { value: string; label: string }[];
}

interface Props {
  label: string;
  selects: SelectField[];
  checkbox?: { name: string; label: string; checked: boolean };
  /** A text field before the selects (words to search for). */
  search?: { name: string; label: string; value: string };
  /** Filters set elsewhere (e.g. a park chosen from its page) that the form must keep. */
  hidden?: Record<string, string | undefined>;
  submitLabel: string;
  clear?: { href: string; label: string };
  children?: React.ReactNode;
}

/**
 * A list's filters as a plain GET form: the state lives in the URL (shareable, the back button
 * works) and needs no JavaScript. Submitting starts again at page 1.
 */
export function FilterForm({
  label,
  selects,
  checkbox,
  search,
  hidden = {},
  submitLabel,
  clear,
  children,
}: Props) {
  const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
  return (
    <UrlStateForm
      state={[selects.map((field) => field.value), checkbox?.checked, search?.value, hidden]}
      aria-label={label}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {search && (
        <div className="min-w-44 flex-1">
          <label htmlFor={`filter-${search.name}`} className="text-sm font-medium">
            {search.label}
          </label>
          <input
            id={`filter-${search.name}`}
            type="search"
            name={search.name}
            defaultValue={search.value}
            maxLength={maxQueryLength}
            className={selectClass}
          />
        </div>
      )}
      {selects.map((field) => (
        <div key={field.name} className="min-w-44 flex-1">
          <label htmlFor={`filter-${field.name}`} className="text-sm font-medium">
            {field.label}
          </label>
          <select
            id={`filter-${field.name}`}
            name={field.name}
            defaultValue={field.value ?? ""}
            className={selectClass}
          >
            <option value="">{field.anyLabel}</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {checkbox && (
        <label className="flex items-center gap-2 py-2">
          <input
            type="checkbox"
            name={checkbox.name}
            value="1"
            defaultChecked={checkbox.checked}
            className="size-4"
          />
          <span>{checkbox.label}</span>
        </label>
      )}
      {children}
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {submitLabel}
      </button>
      {clear && (
        <Link href={clear.href} className="py-2 text-brand-800 underline">
          {clear.label}
        </Link>
      )}
    </UrlStateForm>
  );
}
