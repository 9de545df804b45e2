"use server";
import { ZParkEdit } from "@ig/domain";
import { getParkForEditing, publishPark, updatePark, type ParkForEditing } from "@ig/db";
import { contentEditAction } from "@/server/content-edit-action";
import type { EditState } from "@/server/content-edit-state";

const submit = contentEditAction({
  schema: ZParkEdit,
  basePath: "/admin/parks",
  areaOf: async (slug) => (await getParkForEditing(slug))?.area.slug ?? null,
  update: updatePark,
  publish: publishPark,
});

/** The park edit form's action (works without JavaScript too). */
export async function submitParkEdit(previous: EditState<ParkForEditing>, form: FormData) {
  return submit(previous, form);
}
