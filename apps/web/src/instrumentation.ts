// Runs once when a Next.js server instance starts. The Node.js parts live in their own modules so
// that the edge build of this file never sees Node.js APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./server/start-outbox-in-process");
    (await import("./server/content-sync")).startContentSync();
  }
}
