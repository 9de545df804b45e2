import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import {
  contentKinds,
  newSourcesSchema,
  type ContentEditOf,
  type EditableKind,
  type FormField,
} from "@ig/domain";
import { getContentForEditing, publishContent, updateContent, type StaffUser } from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { editIntents, editStateOf, type EditIntent, type EditState } from "./content-edit-state";
import { asStaffAction } from "./staff-data-errors";
import { staffAction } from "./staff-action";

/** The area slugs of a record for staffAction's check; null for an unknown slug (the write answers 404). */
export async function contentAreasOf(user: StaffUser, kind: EditableKind, slug: string) {
  return (await getContentForEditing(user, kind, slug))?.areas ?? null;
}

/**
 * The form action of a content edit page (any kind): every write goes through staffAction (role
 * editor, every area of the record), Publish / Unpublish save the form first so no typed change
 * is lost, sources typed in as new (`newSource.<field>.…`) are created with the save, and a success refreshes the public "content" cache so the public page shows it at once.
 */
export function contentEditAction<K extends EditableKind, R>(kind: K) {
  const edit: z.ZodType<{ slug: string; version: number }> = contentKinds[kind].editSchema;
  const save = staffAction({
    role: "editor",
    schema: z.object({
      intent: z.enum(editIntents),
      edit,
      newSource: newSourcesSchema(contentKinds[kind].form),
    }),
    // Moving a record to other areas needs the editor's rights in both the old and the new ones.
    areaOf: async (request, user) => {
      const current = await contentAreasOf(user, kind, request.edit.slug);
      const wanted = (request.edit as { areas?: string[] }).areas ?? [];
      return current && [...new Set([...current, ...wanted])];
    },
    run: ({ user, input: { intent, edit, newSource } }) =>
      asStaffAction(async () => {
        const { slug, version, ...input } = edit;
        const write = { kind, actorId: user.id, slug };
        const saved = await updateContent({
          ...write,
          version,
          input: input as ContentEditOf<K>,
          newSources: newSource,
        });
        if (intent === "save") return saved.record;
        const publish = intent === "publish";
        return (await publishContent({ ...write, version: saved.record.version, publish })).record;
      }),
  });
  return async (_previous: EditState<R>, form: unknown): Promise<EditState<R>> => {
    // Read only once staffAction has resolved the session: the form's keys come from the client.
    let intent: EditIntent = "save";
    let values: Record<string, unknown> = {};
    const result = await save(() => {
      const { intent: chosen, newSource, ...fields } = formObject(form);
      // Areas and links arrive as repeated checkboxes; formObject keeps only one value per name.
      for (const field of contentKinds[kind].form as readonly FormField[])
        if (field.type === "areas" || field.type === "links")
          fields[field.name] = (form as FormData).getAll(field.name).map(String);
      intent = editIntents.find((i) => i === chosen) ?? "save";
      values = { ...fields, newSource };
      return { intent, edit: fields, newSource };
    });
    if (result.ok) {
      updateTag(contentTag);
      revalidatePath(`/admin/${contentKinds[kind].path}/${result.data.slug}`);
    }
    return editStateOf(result, intent, values);
  };
}
