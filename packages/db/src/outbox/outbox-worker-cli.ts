// The outbox worker on its own: `pnpm outbox:worker` (needs DATABASE_URL and SMTP_URL), for
// deployments that run it apart from the web instances (OUTBOX_WORKER=off there).
import { configOrExit } from "../config/index.ts";
import { startOutboxWorker } from "./start-outbox-worker.ts";

configOrExit();
const worker = startOutboxWorker();
if (!worker) process.exit(1);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void worker.stop().then(() => process.exit(0)));
}
