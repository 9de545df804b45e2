"use server";
import { formObject } from "@/lib/form-object";
import { deleteParkImageAction } from "./park-image-actions";

export type DeleteImageState = { status: "idle" | "deleted" | 400 | 401 | 403 | 404 | 409 };

/** The staff image list's delete button (a server action: Next checks its origin). */
export async function deleteParkImageForm(
  _state: DeleteImageState,
  form: unknown,
): Promise<DeleteImageState> {
  const result = await deleteParkImageAction(() => formObject(form));
  return { status: result.ok ? "deleted" : result.status };
}
