import { revalidateTag } from "next/cache";
import { contentTag } from "@/lib/cached-data";
import { markVerifiedAction } from "@/server/mark-verified-action";
import { handleStaffRequest } from "@/server/staff-route";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/verified with { kind, id, version }: marks that record verified now.
 * 200 { id, version, lastVerifiedAt } · 400 · 401 · 403 · 404 · 409 { current }.
 */
export async function POST(request: Request) {
  const response = await handleStaffRequest(request, markVerifiedAction, {});
  if (response.ok) revalidateTag(contentTag, { expire: 0 });
  return response;
}
