import { checkDatabaseHealth } from "@ig/db";
import { log } from "@ig/db/log";
import { requestIdFor, requestIdHeader } from "@/server/request-id";

export const dynamic = "force-dynamic";

// Baked in by next.config.ts at build time: the migrations this build was made for.
const expectedMigrations = (process.env.BUILD_MIGRATIONS ?? "").split(",").filter(Boolean);

/**
 * GET /api/health, for load balancers: 200 when this instance can serve (database reachable and
 * migrated as far as this build expects), else 503 so traffic goes elsewhere. The outbox backlog
 * is reported but never fails the check: another instance would not deliver it any faster.
 */
export async function GET(request: Request) {
  const requestId = requestIdFor(request.headers.get(requestIdHeader));
  const database = await checkDatabaseHealth({ expectedMigrations });
  const healthy = database.reachable && database.pendingMigrations.length === 0;
  if (!healthy) {
    log.warn("health check failed", {
      requestId,
      ...(database.reachable ? { pendingMigrations: database.pendingMigrations } : { error: database.error }),
    });
  }
  return Response.json(
    {
      status: healthy ? "ok" : "unavailable",
      app: "up",
      database: database.reachable ? "up" : "down",
      migrations: database.reachable
        ? { current: database.pendingMigrations.length === 0, pending: database.pendingMigrations }
        : null,
      outbox: database.reachable ? database.outbox : null,
    },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store", [requestIdHeader]: requestId } },
  );
}
