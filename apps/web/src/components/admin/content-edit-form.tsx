"use client";
import { useTranslations } from "next-intl";
import type { EditState } from "@/server/content-edit-state";
import { ConflictTable } from "./conflict-table";
import type { Control } from "./content-controls";
import { ControlInput, type SentSource } from "./control-input";
import { useVersionedEdit, type EditAction } from "./use-versioned-edit";

export type EditableRecord = {
  slug: string;
  version: number;
  status: "draft" | "published";
} & Record<string, unknown>;

const button = "rounded-md px-4 py-2 font-semibold focus-visible:outline-2 disabled:opacity-70";

/**
 * The staff edit form of a content record of any kind. A save against an outdated version
 * comes back as a conflict: the form then keeps this editor's values, shows the other person's
 * next to them and carries the new version, so saving again is a deliberate choice.
 */
export function ContentEditForm<R extends EditableRecord>({
  record,
  controls,
  action,
  canEdit,
}: {
  record: R;
  controls: Control[];
  action: EditAction<R>;
  canEdit: boolean;
}) {
  const t = useTranslations("admin.content");
  const { state, submit, pending, submitted, version, invalid } = useVersionedEdit({ action, record });
  const values = (submitted ?? record) as Record<string, unknown>;
  const sentSources = (submitted?.newSource ?? {}) as Record<string, SentSource | undefined>;
  const status = state.kind === "conflict" ? state.current.status : record.status;
  return (
    <form action={submit} className="space-y-6" key={`${record.version}-${version}`}>
      <input type="hidden" name="slug" value={record.slug} />
      <input type="hidden" name="version" value={version} />
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
      {canEdit ? (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className={`${button} bg-brand-700 text-white`}
          >
            {t("save")}
          </button>
          {status === "draft" ? (
            <button
              type="submit"
              name="intent"
              value="publish"
              disabled={pending}
              className={`${button} bg-green-800 text-white`}
            >
              {t("publish")}
            </button>
          ) : (
            <button
              type="submit"
              name="intent"
              value="unpublish"
              disabled={pending}
              className={`${button} border border-slate-600 bg-white text-slate-900`}
            >
              {t("unpublish")}
            </button>
          )}
        </div>
      ) : (
        <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{t("readOnly")}</p>
      )}
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
