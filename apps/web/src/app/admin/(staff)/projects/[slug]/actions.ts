"use server";
import { ZProjectEdit } from "@ig/domain";
import { getProjectForEditing, publishProject, updateProject, type ProjectForEditing } from "@ig/db";
import { contentEditAction } from "@/server/content-edit-action";
import type { EditState } from "@/server/content-edit-state";

const submit = contentEditAction({
  schema: ZProjectEdit,
  basePath: "/admin/projects",
  areaOf: async (slug) => (await getProjectForEditing(slug))?.area.slug ?? null,
  update: updateProject,
  publish: publishProject,
});

/** The project edit form's action (works without JavaScript too). */
export async function submitProjectEdit(previous: EditState<ProjectForEditing>, form: FormData) {
  return submit(previous, form);
}
