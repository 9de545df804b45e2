import { locales } from "@ig/domain/locale";

/**
 * The public-page HTML cache in front of Next.js (served by server.ts through page-cache-http.ts):
 * a public page is rendered once and its HTML kept; every later request gets that HTML with the
 * script nonce replaced by a fresh one, in the body and in the Content-Security-Policy header, so
 * the nonce policy stays as strict as when every page was rendered (CDNs call it nonce rewriting).
 *
 * What is kept, and for whom (the rule):
 * - only pages of `isCacheablePage` (an allowlist of route shapes whose HTML depends on nothing but
 *   the URL, the content and the China day: no cookie, header or per-visitor value is read), only
 *   GET (HEAD is answered from a stored GET), only a complete 200 text/html response without
 *   Set-Cookie or Content-Encoding whose CSP names a nonce;
 * - never for a request that carries a staff session cookie (`hasStaffSession`: it neither reads
 *   nor fills the cache), nor for Next.js's client-router requests (`isRouterRequest`: they get
 *   flight data, not HTML, for the same URL);
 * - the key is the scheme the visitor used (HSTS is sent over HTTPS only), the China day and the
 *   path with its query exactly as requested (the locale is in the path). Nothing else of the
 *   request (Host, X-Forwarded-*, Accept-Language, cookies) reaches a stored page: those pages do
 *   not read it.
 *
 * How long: until the content changes (`drop`: content-sync.ts calls it on every instance once the
 * content version moved and the data cache is dropped), until the China day ends (upcoming events,
 * policies in force, "printed on" dates: the day is in the key), and at most `maxAgeMs` (five
 * minutes, as the data cache under it, lib/cached-data.ts). A render that began before a drop is
 * not stored (`generation`). Memory: least recently used pages go first once the stored bytes
 * would pass `capBytes` (PAGE_CACHE_MB); 0 turns the cache off.
 */
export class PageCache {
  private readonly pages = new Map<string, StoredPage>();
  private storedBytes = 0;
  /** Moves on every drop; a miss remembers it at its start and stores only if it did not move. */
  generation = 0;

  constructor(
    readonly capBytes: number,
    readonly maxAgeMs = 5 * 60_000,
  ) {}

  /** The page stored under `key` if still fresh (it becomes the most recently used). */
  get(key: string, now = Date.now()): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (now - page.storedAt > this.maxAgeMs) {
      this.storedBytes -= page.bytes;
      return undefined;
    }
    this.pages.set(key, page);
    return page;
  }

  /**
   * Keeps `page` unless the cache was dropped since `generation` was read or the page alone
   * exceeds an eighth of the cap; evicts the least recently used pages to stay within the cap.
   */
  set(key: string, page: StoredPage, generation: number): boolean {
    if (generation !== this.generation || page.bytes > this.capBytes / 8) return false;
    this.remove(key);
    this.pages.set(key, page);
    this.storedBytes += page.bytes;
    for (const [oldest, stored] of this.pages) {
      if (this.storedBytes <= this.capBytes) break;
      this.pages.delete(oldest);
      this.storedBytes -= stored.bytes;
    }
    return true;
  }

  /** Forgets every page (the content changed). */
  drop() {
    this.generation++;
    this.pages.clear();
    this.storedBytes = 0;
  }

  get bytes() {
    return this.storedBytes;
  }

  get size() {
    return this.pages.size;
  }

  private remove(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.storedBytes -= page.bytes;
  }
}

/** A stored 200 HTML response, with the nonce it was rendered with. */
export interface StoredPage {
  /** Response headers as Next.js set them, but the per-response ones (see `perResponseHeaders`). */
  headers: Record<string, string | string[]>;
  /** The nonce in the headers (CSP, the Link preload header) and the body. */
  nonce: string;
  /** The HTML between the nonce's occurrences (n occurrences: n + 1 parts). */
  body: Buffer[];
  /** What the page costs in memory, approximately: body, headers and key. */
  bytes: number;
  storedAt: number;
}

// Per response, not per page: set afresh on every hit (or by Node.js itself).
const perResponseHeaders = new Set([
  "set-cookie",
  "content-length",
  "x-request-id",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
]);

/**
 * The page to store from a finished response of a page in `locale`, or undefined when it may not
 * be stored: not 200, not HTML, sets a cookie (but the locale cookie, see `localeCookie`), is
 * compressed, or its CSP names no nonce.
 */
export function storablePage(
  locale: string,
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: Buffer,
  now = Date.now(),
): StoredPage | undefined {
  const header = (name: string) => String(headers[name] ?? "");
  if (status !== 200 || !/^text\/html\b/i.test(header("content-type"))) return undefined;
  const cookies = headers["set-cookie"];
  if (cookies !== undefined && String(cookies) !== localeCookie(locale)) return undefined;
  if (!/^(identity)?$/i.test(header("content-encoding"))) return undefined;
  const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(header("content-security-policy"))?.[1];
  if (!nonce) return undefined;
  const kept: Record<string, string | string[]> = {};
  let bytes = body.length;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perResponseHeaders.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
    bytes += name.length + String(value).length;
  }
  return {
    headers: kept,
    nonce,
    body: splitBuffer(body, Buffer.from(nonce)),
    bytes: bytes + 200,
    storedAt: now,
  };
}

/** The stored page's headers and body with `nonce` wherever the rendered one was. */
export function withNonce(
  page: StoredPage,
  nonce: string,
): { headers: Record<string, string | string[]>; body: Buffer } {
  const fresh = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  page.body.forEach((part, i) => {
    if (i > 0) pieces.push(fresh);
    pieces.push(part);
  });
  const swap = (value: string) => value.replaceAll(page.nonce, nonce);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(page.headers))
    headers[name] = Array.isArray(value) ? value.map(swap) : swap(value);
  return { headers, body: Buffer.concat(pieces) };
}

function splitBuffer(buffer: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = buffer.indexOf(separator); at !== -1; at = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(buffer.subarray(start));
  // Copies: the parts must not pin the response's larger buffers.
  return parts.map((part) => Buffer.from(part));
}

/**
 * The one cookie a public page sets: next-intl's record of the language last read (for the
 * redirect of "/"), whose value is the path's locale and nothing of the visitor. It is not
 * stored with a page; a hit sets it as next-intl would (`needsLocaleCookie`).
 */
export function localeCookie(locale: string): string {
  return `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
}

/**
 * Whether a hit on a page in `locale` sets the locale cookie: on a document request (next-intl
 * leaves background requests alone) whose cookie names another locale or none. Where no cookie
 * is sent, next-intl also skips it when Accept-Language already prefers `locale`; setting it then
 * records the same choice.
 */
export function needsLocaleCookie(
  locale: string,
  cookie: string | undefined,
  fetchDest: string | undefined,
): boolean {
  if (fetchDest !== undefined && fetchDest !== "document") return false;
  return /(?:^|;)\s*NEXT_LOCALE=([^;]*)/.exec(cookie ?? "")?.[1]?.trim() !== locale;
}

const slugged = "parks|projects|policies|news|industries";
const lists = "map|open-data|privacy|search|site-selection|compare";
// Left out on purpose: /enquiry (a per-visitor submission token; sent/status show a reference),
// everything unlocalized (/admin with the previews, /api, /files, /_next, /baseline), and any
// other shape (a 404 is never stored anyway).
const cacheable = new RegExp(`^/(${locales.join("|")})(/(${lists}|(${slugged})(/[^/]+)?))?$`);

/** Whether the path (without query) is a public page whose HTML depends only on its URL, the content and the day. */
export function isCacheablePage(pathname: string): boolean {
  return cacheable.test(pathname);
}

// next-auth's session cookie, plain or __Secure- (over HTTPS), whole or in chunks (.0, .1 …).
const staffSession = /(?:^|;)\s*(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?=/;

/** Whether the Cookie header carries a staff session (valid or not: either way the cache stays out). */
export function hasStaffSession(cookie: string | undefined): boolean {
  return cookie !== undefined && staffSession.test(cookie);
}

// Requests of Next.js's client router and server actions: same URL, other answer.
const routerHeaders = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];

export function isRouterRequest(headers: Record<string, string | string[] | undefined>): boolean {
  return routerHeaders.some((name) => headers[name] !== undefined);
}

/** The cache key: scheme, China day, path and query as requested. */
export function pageKey(https: boolean, day: string, url: string): string {
  return `${https ? "https" : "http"} ${day} ${url}`;
}

const shared = Symbol.for("inland-gateway.page-cache");
type Shared = {
  /** Created by server.ts (absent when PAGE_CACHE_MB is 0). */
  cache?: PageCache;
  /** content-sync.ts's check of the content version (it drops the cache when that moved). */
  checkContent?: () => Promise<void>;
};

/**
 * The instance's cache and content check, shared between server.ts and Next.js's bundles (which
 * load their own copy of this module) through `globalThis`.
 */
export function sharedPageCache(): Shared {
  // Keyed by a module-private symbol, so no request data can name it; a null prototype all the same.
  return ((globalThis as { [shared]?: Shared })[shared] ??= Object.create(null) as Shared);
}
