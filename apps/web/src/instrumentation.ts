// Runs once when a Next.js server instance starts. The Node.js parts live in their own modules so
// that the edge build of this file never sees Node.js APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (!(await import("./server/client-address")).isServedByPortalServer()) {
      console.error(
        "\nStart the portal with `pnpm start` (or `tsx server.ts` in apps/web), not `next start`: only its server sees the client's address, which the per-address limits need.\n",
      );
      process.exit(1);
    }
    await import("./server/start-outbox-in-process");
    (await import("./server/content-sync")).startContentSync();
  }
}
