import "server-only";
import { contentVersion } from "@ig/db";
import { config } from "@ig/db/config";
import { log } from "@ig/db/log";
import { contentSyncToken } from "./content-sync-secret";
import { sharedPageCache } from "./page-cache";

/**
 * Several instances behind a load balancer each cache public data in their own memory and disk.
 * The instance that handles a staff write refreshes its cache at once; the others learn of it
 * here: every CONTENT_SYNC_SECONDS (default 5) each instance reads the content version (one row,
 * bumped in every content write's transaction) and, when that moved, drops its cached public data
 * through its own route handler
 * (Next.js only revalidates inside a request), then its stored pages (server/page-cache.ts: after
 * the data, so that no page is stored from the old data). So a change shows on every instance
 * within that interval plus one page render. server.ts also runs the check before a staff write
 * on this instance is answered, so its own pages go at once (also with the interval at 0).
 */
export function startContentSync() {
  const { contentSyncSeconds: seconds, port } = config();
  let seen: string | undefined;
  const check = async () => {
    try {
      const changed = await contentVersion();
      if (seen !== undefined && changed !== seen) {
        const response = await fetch(`http://127.0.0.1:${port}/api/internal/content-changed`, {
          method: "POST",
          headers: { authorization: `Bearer ${contentSyncToken()}` },
        });
        if (!response.ok) throw new Error(`content-changed answered ${response.status}`);
        sharedPageCache().cache?.drop();
      }
      seen = changed;
    } catch (error) {
      log.warn("content sync check failed", { component: "content-sync", error });
    }
  };
  sharedPageCache().checkContent = check;
  if (seconds > 0) setInterval(check, seconds * 1000).unref();
  void check();
}
