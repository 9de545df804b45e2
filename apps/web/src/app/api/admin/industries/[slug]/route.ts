import { revalidateTag } from "next/cache";
import { contentTag } from "@/lib/cached-data";
import { handleStaffRequest } from "@/server/staff-route";
import { updateIndustryAction } from "@/server/update-industry-action";

export const dynamic = "force-dynamic";

/** PATCH /api/admin/industries/{slug} with { version, name: { en, zh } }, admins only: 200 · 400 · 401 · 403 · 404 · 409. */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const response = await handleStaffRequest(request, updateIndustryAction, { slug: (await params).slug });
  if (response.ok) revalidateTag(contentTag, { expire: 0 });
  return response;
}
