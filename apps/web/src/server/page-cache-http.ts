import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { dayIn } from "@ig/domain/app-time";
import {
  hasStaffSession,
  isCacheablePage,
  isRouterRequest,
  localeCookie,
  needsLocaleCookie,
  pageKey,
  sharedPageCache,
  storablePage,
  withNonce,
  type PageCache,
} from "./page-cache";
import { requestIdFor, requestIdHeader } from "./request-id";
import { createNonce, isHttps } from "./security-headers";

/**
 * Says whether the cache answered (a hit) and what it did with the request:
 * - `x-page-cache: hit` / `miss` on cacheable pages (absent elsewhere), for tests and operators. It
 *   tells a visitor only whether someone requested that public URL in the last minutes, which
 *   the answer's speed tells anyway.
 */
const pageCacheHeader = "x-page-cache";

// Renders under way, by key: a later miss of the same page waits for the first render (after a
// drop, the popular pages are asked for by many visitors at once) rather than render it again.
const rendering = new Map<string, Promise<unknown>>();

/**
 * For server.ts, before Next.js handles `request`: answers it from the cache (true), or, when the
 * page may be stored, arranges for Next.js's response to be captured and stored once complete
 * (false: hand the request to Next.js). Never touches a request that is not a GET or HEAD of a
 * cacheable page or that carries a staff session (see page-cache.ts for the rule). While the same
 * page is being rendered for another request, waits for that (at most `waitMs`) and answers from
 * what it stored.
 */
export async function answerFromPageCache(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  { timeZone, siteUrl }: { timeZone: string; siteUrl: string },
  waitMs = 5000,
): Promise<boolean> {
  const { method, url = "/", headers } = request;
  if (method !== "GET" && method !== "HEAD") return false;
  const pathname = url.split("?", 1)[0]!;
  if (!isCacheablePage(pathname) || hasStaffSession(headers.cookie) || isRouterRequest(headers)) return false;
  const https = isHttps("http:", headers["x-forwarded-proto"]?.toString() ?? null, siteUrl);
  const key = pageKey(https, dayIn(new Date(), timeZone), url);
  const locale = pathname.split("/")[1]!;
  if (sendStored(cache, key, locale, request, response)) return true;
  const pending = rendering.get(key);
  if (pending) {
    await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
    if (sendStored(cache, key, locale, request, response)) return true;
  }
  response.setHeader(pageCacheHeader, "miss");
  if (method === "GET") {
    // Stored pages are kept uncompressed (a compressed body cannot have its nonce replaced).
    delete headers["accept-encoding"];
    captureInto(cache, key, locale, response);
    if (!rendering.has(key)) {
      const done = new Promise((resolve) => response.once("close", resolve));
      rendering.set(key, done);
      void done.then(() => rendering.delete(key));
    }
  }
  return false;
}

/** Answers with the page stored under `key`, with a fresh nonce and request id; false if none. */
function sendStored(
  cache: PageCache,
  key: string,
  locale: string,
  { method, headers }: IncomingMessage,
  response: ServerResponse,
): boolean {
  const page = cache.get(key);
  if (!page) return false;
  const { headers: stored, body: plain } = withNonce(page, createNonce());
  // Compressed per answer, since each carries its own nonce (level 4: ~5× smaller HTML for well
  // under a millisecond, a fraction of what a render costs).
  const gzip = method === "GET" && acceptsGzip(headers["accept-encoding"]);
  const body = gzip ? gzipSync(plain, { level: 4 }) : plain;
  response.writeHead(200, {
    ...stored,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    vary: withAcceptEncoding(stored.vary),
    "content-length": method === "HEAD" ? plain.length : body.length,
    [requestIdHeader]: requestIdFor(headers[requestIdHeader]?.toString() ?? null),
    [pageCacheHeader]: "hit",
    ...(needsLocaleCookie(locale, headers.cookie, headers["sec-fetch-dest"]?.toString())
      ? { "set-cookie": localeCookie(locale) }
      : {}),
  });
  response.end(method === "HEAD" ? undefined : body);
  return true;
}

/**
 * Whether an `Accept-Encoding` header takes gzip: listed (or `*`) without `q=0`
 * (RFC 9110 §12.5.3). Header absent: no.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const weights = new Map(
    header.split(",").map((part) => {
      const [coding = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return [coding.trim(), q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  const weight = weights.get("gzip") ?? weights.get("x-gzip") ?? weights.get("*") ?? 0;
  return weight > 0;
}

function withAcceptEncoding(vary: OutgoingHttpHeaders[string]): string {
  const names = (Array.isArray(vary) ? vary.join(",") : String(vary ?? "")).split(",").map((n) => n.trim());
  const kept = names.filter((name) => name !== "");
  return kept.some((name) => name.toLowerCase() === "accept-encoding")
    ? kept.join(", ")
    : [...kept, "Accept-Encoding"].join(", ");
}

/** Tees what Next.js writes into `response` and stores it once the response finished complete. */
function captureInto(cache: PageCache, key: string, locale: string, response: ServerResponse) {
  const generation = cache.generation;
  const chunks: Buffer[] = [];
  let length = 0;
  let tooLarge = false;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    length += buffer.length;
    if (length > cache.capBytes / 8) tooLarge = true;
    else chunks.push(Buffer.from(buffer)); // a copy: the caller may reuse its buffer
  };
  const { write, end, writeHead } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
  // Headers given to writeHead become visible to getHeaders() only through setHeader.
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    for (const [name, value] of headerEntries(headers)) this.setHeader(name, value);
    const reason = typeof rest[0] === "string" ? [rest[0]] : [];
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...reason);
  } as typeof response.writeHead;
  response.once("finish", () => {
    if (tooLarge) return;
    const page = storablePage(locale, response.statusCode, response.getHeaders(), Buffer.concat(chunks));
    if (page) cache.set(key, page, generation);
  });
}

function headerEntries(headers: unknown): [string, string | number | string[]][] {
  if (Array.isArray(headers)) {
    // The flat form: [name, value, name, value …].
    const entries: [string, string][] = [];
    for (let i = 0; i + 1 < headers.length; i += 2)
      entries.push([String(headers[i]), String(headers[i + 1])]);
    return entries;
  }
  return Object.entries((headers ?? {}) as OutgoingHttpHeaders).filter(
    (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
  );
}

/**
 * For server.ts: a request that may have written content (not GET/HEAD, from a staff session)
 * checks the content version before its answer goes out (its first write, after the change was
 * committed), so this instance has dropped its pages by the time the staff member or anyone else
 * sees "Saved", without waiting for the next CONTENT_SYNC_SECONDS tick. The check gives up after
 * `holdMs` (the answer is never held longer); the tick catches up then.
 */
export function checkContentBeforeStaffAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  holdMs = 2000,
) {
  const check = sharedPageCache().checkContent;
  if (
    !check ||
    request.method === "GET" ||
    request.method === "HEAD" ||
    !hasStaffSession(request.headers.cookie)
  )
    return;
  const { write, end } = response;
  const held: (() => void)[] = [];
  let checking = false;
  let released = false;
  // The wrappers stay (Next.js's compression wraps them in turn); once released they pass through.
  const release = () => {
    released = true;
    for (const call of held.splice(0)) call();
  };
  const hold = () => {
    if (checking) return;
    checking = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, holdMs).unref());
    void Promise.race([check(), timeout]).finally(release);
  };
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    const call = () => (write as (...a: unknown[]) => boolean).apply(this, args);
    if (released) return call();
    held.push(call);
    hold();
    return true;
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    const call = () => (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    if (released) return call();
    held.push(call);
    hold();
    return this;
  } as typeof response.end;
}
