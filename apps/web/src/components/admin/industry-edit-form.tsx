"use client";
import { useTranslations } from "next-intl";
import type { IndustryForEditing } from "@ig/db";
import { BilingualField } from "./bilingual-field";
import { ConflictTable } from "./conflict-table";
import { Outcome } from "./content-edit-form";
import { SaveOrReadOnly } from "./save-or-read-only";
import { useVersionedEdit, type EditAction } from "./use-versioned-edit";

/** An administrator's edit form of an industry's bilingual name; a stale save shows both versions. */
export function IndustryEditForm({
  industry,
  action,
  canEdit,
}: {
  industry: IndustryForEditing;
  action: EditAction<IndustryForEditing>;
  canEdit: boolean;
}) {
  const t = useTranslations("admin");
  const { state, submit, pending, submitted, version, invalid } = useVersionedEdit({
    action,
    record: industry,
  });
  const values = submitted ?? industry;
  const texts = [{ name: "name", label: t("content.fields.name") }];
  return (
    <form action={submit} className="space-y-6" key={`${industry.version}-${version}`}>
      <input type="hidden" name="slug" value={industry.slug} />
      <input type="hidden" name="version" value={version} />
      <Outcome state={state} />
      {state.kind === "conflict" && (
        <ConflictTable
          current={state.current}
          values={state.values}
          controls={texts.map((text) => ({ control: "text", ...text }))}
        />
      )}
      <BilingualField
        name="name"
        label={t("content.fields.name")}
        value={values.name as { en?: string; zh?: string }}
        invalid={invalid}
      />
      <SaveOrReadOnly canEdit={canEdit} pending={pending} note={t("industries.shared")} />
    </form>
  );
}
