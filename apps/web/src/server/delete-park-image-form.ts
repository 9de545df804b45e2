"use server";
import { deleteParkImageAction } from "./park-image-actions";

export type DeleteImageState = { status: "idle" | "deleted" | 400 | 401 | 403 | 404 | 409 };

/** The staff image list's delete button (a server action: Next checks its origin). */
export async function deleteParkImageForm(
  _state: DeleteImageState,
  form: FormData,
): Promise<DeleteImageState> {
  const result = await deleteParkImageAction(() => ({ slug: form.get("slug"), id: form.get("id") }));
  return { status: result.ok ? "deleted" : result.status };
}
