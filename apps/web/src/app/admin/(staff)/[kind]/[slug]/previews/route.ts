import { editableKindOfPath, ZSlug } from "@ig/domain";
import { previewContentFromForm } from "@/server/content-preview-action";
import { isSameOrigin } from "@/server/staff-route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ kind: string; slug: string }> };

/**
 * POST /admin/{kind}/{slug}/previews with the edit form's fields (the form's Preview button, into a
 * new tab): 303 to /admin/{kind}/{slug}/preview?id=… · refused fields: 303 to …/preview?invalid=a,b
 * for a browser (Accept: text/html), 400 { errors } otherwise · 401 · 403 (role, area or
 * another origin) · 404 (no such kind or record).
 */
export async function POST(request: Request, { params }: Params) {
  if (!isSameOrigin(request))
    return Response.json({ error: "Cross-origin requests are refused." }, { status: 403 });
  const { kind: segment, slug } = await params;
  const kind = editableKindOfPath(segment);
  const parsedSlug = ZSlug.safeParse(slug);
  if (!kind || !parsedSlug.success) return Response.json({ error: "No such record." }, { status: 404 });
  return previewContentFromForm(kind, parsedSlug.data, request);
}
