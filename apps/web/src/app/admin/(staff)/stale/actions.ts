"use server";
import { revalidatePath, updateTag } from "next/cache";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { markVerifiedAction } from "@/server/mark-verified-action";

export type VerifyState =
  { kind: "idle" } | { kind: "done" } | { kind: "conflict" } | { kind: "refused"; status: 401 | 403 | 404 };

/**
 * The "Mark verified" button's action (staleness view and edit pages). A success refreshes the
 * public pages (they show when a record was last verified) and every staff page showing it.
 */
export async function submitMarkVerified(_previous: VerifyState, form: unknown): Promise<VerifyState> {
  const result = await markVerifiedAction(() => formObject(form));
  if (result.ok) {
    updateTag(contentTag);
    revalidatePath("/admin", "layout");
    return { kind: "done" };
  }
  if (result.status === 409) return { kind: "conflict" };
  // A malformed request (400) names no record this person may see: answer as not found.
  return { kind: "refused", status: result.status === 400 ? 404 : result.status };
}
