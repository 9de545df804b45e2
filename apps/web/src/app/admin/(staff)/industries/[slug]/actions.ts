"use server";
import { revalidatePath, updateTag } from "next/cache";
import type { IndustryForEditing } from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { editStateOf, type EditState } from "@/server/content-edit-state";
import { updateIndustryAction } from "@/server/update-industry-action";

/** The industry edit form's action (administrators only, see updateIndustryAction). */
export async function submitIndustryEdit(
  _previous: EditState<IndustryForEditing>,
  form: unknown,
): Promise<EditState<IndustryForEditing>> {
  let values: Record<string, unknown> = {};
  const result = await updateIndustryAction(() => (values = formObject(form)));
  if (result.ok) {
    updateTag(contentTag);
    revalidatePath(`/admin/industries/${result.data.slug}`);
  }
  return editStateOf(result, "save", values);
}
