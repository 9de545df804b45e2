import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import {
  contentKinds,
  newSourcesSchema,
  ZDraftRevision,
  type ContentEditOf,
  type EditableKind,
  type FormField,
} from "@ig/domain";
import {
  ContentNotFoundError,
  discardContentDraft,
  getContentForEditing,
  publishContent,
  publishContentDraft,
  saveContentDraft,
  updateContent,
  type StaffUser,
} from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { editIntents, editStateOf, type EditIntent, type EditState } from "./content-edit-state";
import { asStaffAction } from "./staff-data-errors";
import { staffAction } from "./staff-action";

/** The area slugs of a record for staffAction's check; null for an unknown slug (the write answers 404). */
export async function contentAreasOf(user: StaffUser, kind: EditableKind, slug: string) {
  return (await getContentForEditing(user, kind, slug))?.areas ?? null;
}

/** Moving a record to other areas needs the staff member's rights in both the old and the new ones. */
export async function editAreasOf(user: StaffUser, kind: EditableKind, edit: { slug: string }) {
  const current = await contentAreasOf(user, kind, edit.slug);
  const wanted = (edit as { areas?: string[] }).areas ?? [];
  return current && [...new Set([...current, ...wanted])];
}

/**
 * An edit form's fields as one object (formObject), with the areas and links, which arrive as
 * repeated checkboxes, as lists (formObject keeps one value per name). Throws FormInputError.
 */
export function editFormValues(kind: EditableKind, form: unknown): Record<string, unknown> {
  const fields = formObject(form);
  for (const field of contentKinds[kind].form as readonly FormField[])
    if (field.type === "areas" || field.type === "links")
      fields[field.name] = (form as FormData).getAll(field.name).map(String);
  return fields;
}

/**
 * The form action of a content edit page (any kind): every write goes through staffAction (role
 * editor, every area of the record). A draft record's form saves it directly; a published record's
 * changes wait in its draft revision until "publish" applies the form's values through the kind's
 * update path (the public page changes only then) or "discard" drops them. Publish and Unpublish
 * save the form's values too, so no typed change is lost; sources typed in as new
 * (`newSource.<field>.…`) are created with the save; a success refreshes the public "content"
 * cache so the public page shows it at once.
 */
export function contentEditAction<K extends EditableKind, R>(kind: K) {
  const edit: z.ZodType<{ slug: string; version: number }> = contentKinds[kind].editSchema;
  const save = staffAction({
    role: "editor",
    schema: z.object({
      intent: z.enum(editIntents),
      revision: ZDraftRevision,
      edit,
      newSource: newSourcesSchema(contentKinds[kind].form),
    }),
    areaOf: (request, user) => editAreasOf(user, kind, request.edit),
    run: ({ user, input: { intent, revision, edit, newSource: newSources } }) =>
      asStaffAction(async () => {
        const { slug, version, ...fields } = edit;
        const input = fields as ContentEditOf<K>;
        const write = { kind, actorId: user.id, slug };
        const record = await getContentForEditing(user, kind, slug);
        if (!record) throw new ContentNotFoundError(slug);
        if (intent === "discard") return discardContentDraft({ ...write, revision });
        if (record.status === "published") {
          if (intent === "publish")
            return publishContentDraft({ ...write, revision, edit: { version, input, newSources } });
          if (intent !== "unpublish")
            return saveContentDraft({ ...write, version, revision, input, newSources });
          // Unpublished first, so the form's values are never live for a moment.
          const unpublished = await publishContent({ ...write, version, publish: false });
          return (await updateContent({ ...write, version: unpublished.record.version, input, newSources }))
            .record;
        }
        const saved = await updateContent({ ...write, version, input, newSources });
        if (intent !== "publish") return saved.record;
        return (await publishContent({ ...write, version: saved.record.version })).record;
      }),
  });
  return async (_previous: EditState<R>, form: unknown): Promise<EditState<R>> => {
    // Read only once staffAction has resolved the session: the form's keys come from the client.
    let intent: EditIntent = "save";
    let values: Record<string, unknown> = {};
    const result = await save(() => {
      const { intent: chosen, revision, newSource, ...fields } = editFormValues(kind, form);
      intent = editIntents.find((i) => i === chosen) ?? "save";
      values = { ...fields, newSource };
      return { intent, revision, edit: fields, newSource };
    });
    if (result.ok) {
      updateTag(contentTag);
      revalidatePath(`/admin/${contentKinds[kind].path}/${result.data.slug}`);
    }
    return editStateOf(result, intent, values);
  };
}
