"use server";
import { z } from "zod";
import { editableKinds } from "@ig/domain";
import type { ContentEditView } from "@ig/db";
import { createContentFromForm, type CreateState } from "@/server/content-create-action";
import { deleteContentFromForm, type DeleteState } from "@/server/content-delete-action";
import { contentEditAction } from "@/server/content-edit-action";
import type { EditState } from "@/server/content-edit-state";

// The pages bind the kind, but bound arguments travel through the client like every other:
// an unknown kind is a record nobody can find (404), never an exception.
const ZKind = z.enum(editableKinds);
const notFound = { kind: "refused", status: 404 } as const;

/** The edit form's action, for every kind (works without JavaScript too). */
export async function submitContentEdit(
  kind: string,
  previous: EditState<ContentEditView>,
  form: unknown,
): Promise<EditState<ContentEditView>> {
  const parsed = ZKind.safeParse(kind);
  if (!parsed.success) return notFound;
  return contentEditAction<typeof parsed.data, ContentEditView>(parsed.data)(previous, form);
}

/** The "new record" form's action: opens the new draft's edit page on success. */
export async function submitContentCreate(kind: string, _previous: CreateState, form: unknown) {
  const parsed = ZKind.safeParse(kind);
  return parsed.success ? createContentFromForm(parsed.data, form) : notFound;
}

/** The delete confirmation's action: back to the list on success. */
export async function submitContentDelete(kind: string, _previous: DeleteState, form: unknown) {
  const parsed = ZKind.safeParse(kind);
  return parsed.success ? deleteContentFromForm(parsed.data, form) : notFound;
}
