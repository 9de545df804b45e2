import { config } from "@ig/db/config";
import { startOutboxWorker } from "@ig/db/outbox-worker";

// Each instance also delivers the outbox (OUTBOX_WORKER=off leaves that to `pnpm outbox:worker`).
if (config().outboxWorker) {
  const worker = startOutboxWorker();
  if (worker) process.once("SIGTERM", () => void worker.stop());
}
