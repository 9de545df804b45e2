// Runs once when a Next.js server instance starts. The Node.js part lives in its own module so
// that the edge build of this file never sees Node.js APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/start-outbox-in-process");
}
