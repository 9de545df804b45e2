"use client";
import { useTranslations } from "next-intl";
import type { EditIntent, EditState } from "@/server/content-edit-state";
import { ConflictTable } from "./conflict-table";
import type { Control } from "./content-controls";
import { ControlInput, type SentSource } from "./control-input";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import { useVersionedEdit, type EditAction } from "./use-versioned-edit";

export type EditableRecord = {
  slug: string;
  version: number;
  status: "draft" | "published";
  /** A published record's draft revision the form holds (0 or absent: none). */
  revision?: number;
} & Record<string, unknown>;

const button = "rounded-md px-4 py-2 font-semibold focus-visible:outline-2 disabled:opacity-70";
const primary = `${button} bg-brand-700 text-white`;
const secondary = `${button} border border-slate-600 bg-white text-slate-900`;

/**
 * The staff edit form of a content record of any kind. A draft record saves directly; a published
 * record's changes are saved as its draft revision, then published or discarded. A save against an
 * outdated version or draft comes back as a conflict: the form then keeps this editor's values,
 * shows the other person's next to them and carries the new version, so saving again is a
 * deliberate choice. Preview sends the form as it is to a new tab (`previewPath`, no JavaScript
 * needed), so this tab keeps every unsaved change.
 */
export function ContentEditForm<R extends EditableRecord>({
  record,
  controls,
  action,
  canEdit,
  readOnlyBecause = "area",
  previewPath,
}: {
  record: R;
  controls: Control[];
  action: EditAction<R>;
  canEdit: boolean;
  /** Why the form is read-only when it is: the viewer's role, or the record's area. */
  readOnlyBecause?: "role" | "area";
  /** Where Preview posts the form; null: this staff member may not preview the record. */
  previewPath: string | null;
}) {
  const t = useTranslations("admin.content");
  const { state, submit, pending, submitted, version, invalid } = useVersionedEdit({ action, record });
  const formRef = useFocusFirstInvalid(state.kind === "invalid", state);
  const values = (submitted ?? record) as Record<string, unknown>;
  const sentSources = (submitted?.newSource ?? {}) as Record<string, SentSource | undefined>;
  const current = state.kind === "conflict" ? state.current : record;
  const revision = current.revision ?? 0;
  const intent = (value: EditIntent, label: string, style: string) => (
    <button type="submit" name="intent" value={value} disabled={pending} className={style}>
      {label}
    </button>
  );
  return (
    <form
      ref={formRef}
      action={submit}
      className="space-y-6"
      key={`${record.version}-${record.revision ?? 0}-${version}-${revision}`}
    >
      <input type="hidden" name="slug" value={record.slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <Outcome state={state} />
      {state.kind === "conflict" && (
        <ConflictTable current={state.current} values={state.values} controls={controls} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {controls.map((field) => (
          <div
            key={field.name}
            className={field.control === "choice" || field.control === "checkbox" ? "" : "sm:col-span-2"}
          >
            <ControlInput
              field={field}
              value={values[field.name]}
              sentSource={sentSources[field.name]}
              invalid={invalid}
            />
          </div>
        ))}
      </div>
      {!canEdit && (
        <p className="rounded-md border border-slate-400 bg-slate-100 p-3">
          {t(readOnlyBecause === "role" ? "readOnlyRole" : "readOnly")}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {canEdit &&
          (current.status === "draft" ? (
            <>
              {intent("save", t("save"), primary)}
              {intent("publish", t("publish"), `${button} bg-green-800 text-white`)}
            </>
          ) : (
            <>
              {intent("draft", t("saveDraft"), primary)}
              {intent("publish", t("publishChanges"), `${button} bg-green-800 text-white`)}
              {revision > 0 && intent("discard", t("discardDraft"), secondary)}
              {intent("unpublish", t("unpublish"), secondary)}
            </>
          ))}
        {previewPath && (
          // A plain form submission into a new tab: React leaves a string formAction to the browser.
          <button
            type="submit"
            formAction={previewPath}
            formMethod="post"
            formEncType="application/x-www-form-urlencoded"
            formTarget="_blank"
            formNoValidate
            className={secondary}
          >
            {t("preview")} <span className="sr-only">{t("previewOpensTab")}</span>
          </button>
        )}
      </div>
    </form>
  );
}

export function Outcome({ state }: { state: EditState<unknown> }) {
  const t = useTranslations("admin.content");
  if (state.kind === "saved")
    return (
      <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-green-900">
        {t(`outcome.${state.intent}`)}
      </p>
    );
  if (state.kind === "idle" || state.kind === "conflict") return null;
  return (
    <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
      {state.kind === "invalid" ? t("invalid") : t(`refused.${state.status}`)}
    </p>
  );
}
