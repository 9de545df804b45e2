import { revalidateTag } from "next/cache";
import { contentTag } from "@/lib/cached-data";
import { isContentSyncToken } from "@/server/content-sync-secret";

export const dynamic = "force-dynamic";

/**
 * POST by this instance's own content watcher (server/content-sync.ts) when another instance
 * changed public content: the cached public data is dropped, so the next page shows the change.
 */
export async function POST(request: Request) {
  if (!isContentSyncToken(request.headers.get("authorization"))) return new Response(null, { status: 403 });
  revalidateTag(contentTag, { expire: 0 });
  return new Response(null, { status: 204 });
}
