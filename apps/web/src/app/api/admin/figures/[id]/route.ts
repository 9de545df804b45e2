import { revalidateTag } from "next/cache";
import { contentTag } from "@/lib/cached-data";
import { handleStaffRequest } from "@/server/staff-route";
import { updateFigureAction } from "@/server/update-figure-action";

export const dynamic = "force-dynamic";

/**
 * PATCH /api/admin/figures/{id} with { version, label, value, unit, qualifier, period, sourceId,
 * headline }: 200 the figure · 400 { errors } · 401 · 403 · 404 · 409 { current }.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const response = await handleStaffRequest(request, updateFigureAction, { id: (await params).id });
  if (response.ok) revalidateTag(contentTag, { expire: 0 });
  return response;
}
