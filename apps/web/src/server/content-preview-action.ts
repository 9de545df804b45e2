import "server-only";
import type { z } from "zod";
import { canPreviewAreas, contentKinds, type ContentEditOf, type EditableKind } from "@ig/domain";
import { createContentPreview } from "@ig/db";
import { editAreasOf, editFormValues } from "./content-edit-action";
import { asStaffAction } from "./staff-data-errors";
import { staffAction, StaffInputError } from "./staff-action";
import { staffResponse } from "./staff-route";

/**
 * The edit form's Preview button (any kind): POSTs the form as it is, unsaved changes included, to
 * a new tab. The values are parsed with the kind's edit schema (400, nothing kept), kept for their
 * author only (canPreviewAreas: viewers and editors of the record, 403 for editors of other areas),
 * and the tab is sent on (303) to the preview page, which renders them as the public page would.
 * The record itself is never written.
 */
export async function previewContentFromForm(kind: EditableKind, slug: string, request: Request) {
  const preview = staffAction({
    role: "viewer",
    schema: contentKinds[kind].editSchema as z.ZodType<{ slug: string; version: number }>,
    areaOf: (input, user) => editAreasOf(user, kind, input),
    mayAct: canPreviewAreas,
    run: ({ user, input: { slug, version: _version, ...input } }) =>
      asStaffAction(() =>
        createContentPreview({
          kind,
          staffUserId: user.id,
          slug,
          input: input as ContentEditOf<typeof kind>,
        }),
      ),
  });
  const result = await preview(async () => ({ ...editFormValues(kind, await formOf(request)), slug }));
  const page = `/admin/${contentKinds[kind].path}/${slug}/preview`;
  if (!result.ok && result.status === 400 && acceptsHtml(request)) {
    // A browser tab gets a page in the staff frame and language naming the fields, not raw JSON;
    // the preview page keeps only names that are fields of this kind.
    const fields = [...new Set(Object.keys(result.errors).map((path) => path.split(".")[0]))];
    return seeOther(`${page}?invalid=${encodeURIComponent(fields.join(","))}`);
  }
  if (!result.ok) return staffResponse(result);
  return seeOther(`${page}?id=${result.data}`);
}

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

/** Whether the request comes from a browser's form (scripts asking for JSON keep the 400 { errors }). */
const acceptsHtml = (request: Request) => (request.headers.get("accept") ?? "").includes("text/html");

async function formOf(request: Request) {
  try {
    return await request.formData();
  } catch {
    throw new StaffInputError("The body must be a form.");
  }
}
