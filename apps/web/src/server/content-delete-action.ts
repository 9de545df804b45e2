import "server-only";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { contentKinds, ZStatusChange, type EditableKind } from "@ig/domain";
import { ContentInUseError, deleteContent } from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { contentAreasOf } from "./content-edit-action";
import { asStaffAction } from "./staff-data-errors";
import { staffAction, StaffActionError } from "./staff-action";

export type DeleteState =
  | { kind: "idle" }
  | { kind: "inUse"; projects: number; enquiries: number }
  | { kind: "refused"; status: 400 | 401 | 403 | 404 | 409 };

/**
 * Deleting a record the editor confirmed, from the version the confirmation page showed: the
 * same role and area rule as editing; a record still in use (a park's projects, enquiries about
 * it) is refused with the counts; a success refreshes the public cache (the page is gone at once)
 * and returns to the list.
 */
export async function deleteContentFromForm(kind: EditableKind, form: unknown): Promise<DeleteState> {
  const remove = staffAction({
    role: "editor",
    schema: ZStatusChange,
    areaOf: (input, user) => contentAreasOf(user, kind, input.slug),
    run: ({ user, input }) =>
      asStaffAction(() =>
        deleteContent({ kind, actorId: user.id, ...input }).catch((error: unknown) => {
          if (error instanceof ContentInUseError) throw new StaffActionError(409, error.message, error.uses);
          throw error;
        }),
      ),
  });
  const result = await remove(() => formObject(form));
  if (result.ok) {
    updateTag(contentTag);
    redirect(`/admin/${contentKinds[kind].path}?deleted=${encodeURIComponent(result.data.slug)}`);
  }
  const uses = !result.ok && result.status === 409 ? (result.current as { projects?: number }) : null;
  if (uses && typeof uses.projects === "number")
    return { kind: "inUse", ...(uses as { projects: number; enquiries: number }) };
  return { kind: "refused", status: result.status };
}
