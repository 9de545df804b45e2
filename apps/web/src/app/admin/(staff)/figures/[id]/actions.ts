"use server";
import { revalidatePath, updateTag } from "next/cache";
import type { FigureForEditing } from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { editStateOf, type EditState } from "@/server/content-edit-state";
import { updateFigureAction } from "@/server/update-figure-action";

/** The figure edit form's action (works without JavaScript too); the public pages show the change at once. */
export async function submitFigureEdit(
  _previous: EditState<FigureForEditing>,
  form: unknown,
): Promise<EditState<FigureForEditing>> {
  let values: Record<string, unknown> = {};
  const result = await updateFigureAction(() => (values = formObject(form)));
  if (result.ok) {
    updateTag(contentTag);
    revalidatePath(`/admin/figures/${result.data.id}`);
  }
  return editStateOf(result, "save", values);
}
