import "server-only";
import { redirect } from "next/navigation";
import { contentKinds, ZContentCreate, type EditableKind } from "@ig/domain";
import { ContentNotFoundError, createContent, SlugTakenError } from "@ig/db";
import { formObject } from "@/lib/form-object";
import { staffAction, StaffActionError } from "./staff-action";

export type CreateState =
  | { kind: "idle" }
  | { kind: "invalid"; fields: string[]; values: Record<string, unknown> }
  | { kind: "refused"; status: 401 | 403 | 404 | 409 };

/**
 * Creating a draft from the minimum fields: editors only in their own areas (every area chosen
 * must be theirs), a taken slug is a field error with nothing written, and a success opens the
 * new record's edit page. Drafts are not public, so no cache needs refreshing.
 */
const create = staffAction({
  role: "editor",
  schema: ZContentCreate,
  areaOf: async (input) => input.areas,
  run: async ({ user, input }) => {
    try {
      return await createContent({ actorId: user.id, input });
    } catch (error) {
      if (error instanceof SlugTakenError) return null;
      if (error instanceof ContentNotFoundError) throw new StaffActionError(404, error.message);
      throw error;
    }
  },
});

export async function createContentFromForm(kind: EditableKind, form: unknown): Promise<CreateState> {
  let values: Record<string, unknown> = {};
  const result = await create(() => {
    // Several areas arrive as repeated checkboxes; formObject keeps only one value per name.
    values = { ...formObject(form), kind, areas: (form as FormData).getAll("areas").map(String) };
    return values;
  });
  if (result.ok && result.data) redirect(`/admin/${contentKinds[kind].path}/${result.data.slug}`);
  if (result.ok) return { kind: "invalid", fields: ["slugTaken"], values };
  if (result.status === 400) return { kind: "invalid", fields: Object.keys(result.errors), values };
  return { kind: "refused", status: result.status };
}
