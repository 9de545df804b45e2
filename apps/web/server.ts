// The portal's HTTP server, for every start (`pnpm start`, `pnpm dev`, the tests, the benchmarks):
// Next.js's own request handler behind a plain Node.js server, because only here is the TCP peer
// known (Next.js gives route handlers and server actions no socket). `tsx server.ts [--dev]`.
import { createServer } from "node:http";
import { configOrExit } from "@ig/db/config";
import { baselineOff, isBaselineRequest } from "./src/server/bench-baseline";
import { bodyRefusal } from "./src/server/body-limit";
import { isPortalMethod, portalMethods } from "./src/server/http-methods";
import { forwardClientAddress, markPortalServer, proxyTrust } from "./src/server/client-address";
import { PageCache, sharedPageCache } from "./src/server/page-cache";
import { answerFromPageCache, checkContentBeforeStaffAnswer } from "./src/server/page-cache-http";

const dev = process.argv.includes("--dev");
// As `next start` / `next dev` do; before anything loads React, which picks its build by it.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (dev ? "development" : "production") });
const config = configOrExit();
// next-auth reads its origin from the environment; the configuration's default is this port's.
process.env.NEXTAUTH_URL ??= config.nextAuthUrl;
const trust = proxyTrust(config.trustedProxies);
// Not in development, where pages change with the code.
const pages = !dev && config.pageCacheBytes > 0 ? new PageCache(config.pageCacheBytes) : undefined;
sharedPageCache().cache = pages;

markPortalServer();
const { default: next } = await import("next");
const app = next({ dev, dir: import.meta.dirname, port: config.port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  // An absolute-form target (`GET http://evil.example/en HTTP/1.1`) is for forward proxies; Next.js
  // took its host for redirects (a 308 to evil.example). Browsers send paths only.
  if (!request.url?.startsWith("/")) {
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8", connection: "close" });
    response.end("Send the request target as a path.\n");
    return;
  }
  if (!isPortalMethod(request.method)) {
    response.writeHead(405, { allow: portalMethods.join(", "), "content-type": "text/plain; charset=utf-8" });
    response.end("Method not allowed.\n");
    return;
  }
  const refused = bodyRefusal(request, config.imageMaxBytes);
  if (refused) {
    // Answer at once and close: the body is never read.
    response.writeHead(refused, { "content-type": "text/plain; charset=utf-8", connection: "close" });
    response.end(refused === 411 ? "Send the body with a Content-Length.\n" : "The body is too large.\n");
    return;
  }
  if (!config.benchBaseline && isBaselineRequest(request.url)) {
    response.writeHead(baselineOff.status, baselineOff.headers).end(baselineOff.body);
    return;
  }
  forwardClientAddress(request, trust);
  (pages ? answerFromPageCache(pages, request, response, config) : Promise.resolve(false))
    .then((answered) => {
      if (answered) return;
      checkContentBeforeStaffAnswer(request, response);
      return handle(request, response);
    })
    .catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end("Internal Server Error");
    });
}).listen(config.port, () => {
  console.log(`Inland Gateway ${dev ? "(development) " : ""}on http://localhost:${config.port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
  });
}
