"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { IndustryForEditing } from "@ig/db";
import type { EditState } from "@/server/content-edit-state";
import { BilingualField } from "./bilingual-field";
import { ConflictTable } from "./conflict-table";
import { Outcome } from "./content-edit-form";

/** An administrator's edit form of an industry's bilingual name; a stale save shows both versions. */
export function IndustryEditForm({
  industry,
  action,
  canEdit,
}: {
  industry: IndustryForEditing;
  action: (state: EditState<IndustryForEditing>, form: FormData) => Promise<EditState<IndustryForEditing>>;
  canEdit: boolean;
}) {
  const t = useTranslations("admin");
  const [state, submit, pending] = useActionState(action, { kind: "idle" });
  const values = state.kind === "conflict" || state.kind === "invalid" ? state.values : industry;
  const version = state.kind === "conflict" ? state.current.version : industry.version;
  const invalid = (path: string) => state.kind === "invalid" && state.fields.includes(path);
  const texts = [{ name: "name", label: t("content.fields.name") }];
  return (
    <form action={submit} className="space-y-6" key={`${industry.version}-${version}`}>
      <input type="hidden" name="slug" value={industry.slug} />
      <input type="hidden" name="version" value={version} />
      <Outcome state={state} />
      {state.kind === "conflict" && (
        <ConflictTable current={state.current} values={state.values} texts={texts} choices={[]} />
      )}
      <BilingualField
        name="name"
        label={t("content.fields.name")}
        value={values.name as { en?: string; zh?: string }}
        invalid={invalid}
      />
      {canEdit ? (
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white focus-visible:outline-2 disabled:opacity-70"
        >
          {t("content.save")}
        </button>
      ) : (
        <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{t("industries.shared")}</p>
      )}
    </form>
  );
}
