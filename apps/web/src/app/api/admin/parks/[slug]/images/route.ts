import { imageFileErrors } from "@ig/domain";
import { imageMaxBytes } from "@/server/image-storage/image-storage";
import { uploadParkImageAction } from "@/server/park-image-actions";
import { formOverheadBytes } from "@/server/body-limit";
import { StaffInputError } from "@/server/staff-action";
import { isSameOrigin, staffResponse } from "@/server/staff-route";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/parks/{slug}/images, multipart: file, alt.en, alt.zh. 201 { id, url, width,
 * height } · 400 { errors: { file | alt.en | alt.zh } } · 401 · 403 (role, area or another
 * origin) · 404 · 413 (body larger than IMAGE_MAX_BYTES allows). Nothing is stored unless 201.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!isSameOrigin(request))
    return Response.json({ error: "Cross-origin requests are refused." }, { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > imageMaxBytes + formOverheadBytes)
    return Response.json({ errors: { file: imageFileErrors.tooLarge } }, { status: 413 });
  const { slug } = await params;
  // The body is read only once the action has resolved the session and the role.
  const result = await uploadParkImageAction(async () => {
    const form = await request.formData().catch(() => {
      throw new StaffInputError("The body must be multipart/form-data.");
    });
    const file = form.get("file");
    return {
      slug,
      alt: { en: form.get("alt.en") ?? "", zh: form.get("alt.zh") ?? "" },
      file: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
    };
  });
  return staffResponse(result, 201);
}
