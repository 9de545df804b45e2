import { useTranslations } from "next-intl";
import type { Control } from "./content-controls";

type Text = { en?: string; zh?: string };

/**
 * The conflict view: for each field where the other person's saved value differs from what this
 * editor submitted, both side by side. Nothing was saved; the form below still holds "yours".
 */
export function ConflictTable({
  current,
  values,
  controls,
}: {
  current: Record<string, unknown>;
  values: Record<string, unknown>;
  controls: Control[];
}) {
  const t = useTranslations("admin.content");
  const optionLabel = (field: string, value: unknown) => {
    const control = controls.find((c) => c.name === field);
    const options = control && "options" in control ? control.options : undefined;
    return options?.find((o) => o.value === String(value ?? ""))?.label;
  };
  const show = (field: string, value: unknown): string => {
    // Links arrive as slug lists from the record and as one value or several from the form.
    if (Array.isArray(value) && value.every((v) => typeof v === "string"))
      return value.length ? value.map((v) => optionLabel(field, v) ?? v).join(", ") : "—";
    if (Array.isArray(value) || (field === "transport" && value && typeof value === "object"))
      return JSON.stringify(value);
    if (value && typeof value === "object") {
      const text = value as Text;
      if (!text.en?.trim() && !text.zh?.trim()) return "—";
      // The form's line breaks arrive as CRLF, the stored ones are LF: not a difference.
      return `${text.en ?? ""} / ${text.zh?.trim() || "—"}`.replace(/\r\n?/g, "\n");
    }
    return (
      optionLabel(field, value) ??
      (value === null || value === undefined || value === "" ? "—" : String(value))
    );
  };
  const fields = controls
    .map((f) => f.name)
    .filter((field) => show(field, current[field]) !== show(field, values[field]));
  const label = (field: string) => controls.find((f) => f.name === field)?.label ?? field;
  const cell = "border border-slate-300 px-3 py-2 align-top";
  return (
    <section
      aria-labelledby="conflict"
      role="alert"
      className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id="conflict" className="text-lg font-semibold text-amber-950">
        {t("conflictTitle")}
      </h2>
      <p className="mt-1 text-amber-950">{t("conflictHelp")}</p>
      <table className="mt-3 w-full border-collapse bg-white text-left">
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t("field")}
            </th>
            <th scope="col" className={cell}>
              {t("theirs")}
            </th>
            <th scope="col" className={cell}>
              {t("yours")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row" className={cell}>
                {label(field)}
              </th>
              <td className={cell}>{show(field, current[field])}</td>
              <td className={cell}>{show(field, values[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
