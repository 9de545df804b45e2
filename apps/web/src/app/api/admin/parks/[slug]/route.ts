import { handleStaffRequest } from "@/server/staff-route";
import { updateParkSummaryAction } from "@/server/update-park-summary-action";

export const dynamic = "force-dynamic";

/**
 * PATCH /api/admin/parks/{slug} with { version, summary: { en, zh } }: 200 { slug, version,
 * summary } · 400 { errors } · 401 · 403 (role, area or another origin) · 404 · 409 { current }.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleStaffRequest(request, updateParkSummaryAction, { slug });
}
