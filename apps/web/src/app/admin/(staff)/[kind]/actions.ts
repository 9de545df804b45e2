"use server";
import { z } from "zod";
import { editableKinds } from "@ig/domain";
import type { ContentForEditing } from "@ig/db";
import { createContentFromForm, type CreateState } from "@/server/content-create-action";
import { deleteContentFromForm, type DeleteState } from "@/server/content-delete-action";
import { contentEditAction } from "@/server/content-edit-action";
import type { EditState } from "@/server/content-edit-state";
import { parsedParam } from "@/lib/route-params";

// The pages bind the kind; parse it anyway, as every server action argument comes from the client
// (an unknown kind answers 404, like its page).
const ZKind = z.enum(editableKinds);

/** The edit form's action, for every kind (works without JavaScript too). */
export async function submitContentEdit(
  kind: string,
  previous: EditState<ContentForEditing>,
  form: FormData,
) {
  return contentEditAction<z.infer<typeof ZKind>, ContentForEditing>(parsedParam(ZKind, kind))(
    previous,
    form,
  );
}

/** The "new record" form's action: opens the new draft's edit page on success. */
export async function submitContentCreate(kind: string, _previous: CreateState, form: FormData) {
  return createContentFromForm(parsedParam(ZKind, kind), form);
}

/** The delete confirmation's action: back to the list on success. */
export async function submitContentDelete(kind: string, _previous: DeleteState, form: FormData) {
  return deleteContentFromForm(parsedParam(ZKind, kind), form);
}
