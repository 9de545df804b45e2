// Requests that Next.js 16 fails with 500 before any route or action of ours runs, although the
// fault is the client's: a path it cannot percent-decode (/en/%, vercel/next.js#94278), and server
// action calls whose arguments it cannot decode: a body that is not JSON or not multipart, a
// missing root field, a reference to a field that is not there, nesting deep enough to overflow
// the decoder's stack, an Origin header that is not a URL or not this host, a body over the size
// limit (vercel/next.js#86945, #92703). The proxy checks them first and answers 4xx itself.
import en from "../../messages/en/site.json";
import zh from "../../messages/zh/site.json";
import { readableActionBody } from "./action-body";
import { apiError } from "./open-data-errors";

/** The largest server action body, in bytes; next.config.ts hands it to Next.js as well. */
export const actionBodyLimit = 64 * 1024;

/**
 * 400 for a path that does not percent-decode; for a request that Next.js treats as a server
 * action (a POST with a `Next-Action` header, i.e. a call from JavaScript, or any multipart POST to
 * a page, i.e. a form sent without it): 403 for another origin, 413 for a body over
 * `actionBodyLimit`, 400 for a body React cannot decode. Null when the request may go on (an
 * action then checks its own arguments). Answers are plain text in English and Chinese, except
 * under the open-data API (/api/v1), whose clients read JSON errors with CORS.
 */
export async function refuseBadRequest(request: Request): Promise<Response | null> {
  const path = new URL(request.url).pathname;
  try {
    decodeURIComponent(path);
  } catch {
    return /^\/api\/v1(\/|$)/.test(path)
      ? apiError(400, { error: "The path is not valid percent-encoded UTF-8." })
      : refuse(400, "path");
  }
  if (request.method !== "POST") return null;
  const fromScript = request.headers.has("next-action");
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data\b/i.test(contentType);
  if (!fromScript && !multipart) return null;
  if (!sameOrigin(request.headers)) return refuse(403, "origin");
  if (Number(request.headers.get("content-length") ?? 0) > actionBodyLimit) return refuse(413, "tooLarge");
  // A copy: the proxy still hands the request itself on.
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > actionBodyLimit) return refuse(413, "tooLarge");
  return (await readableActionBody(body, contentType, fromScript)) ? null : refuse(400, "form");
}

// What Next.js compares (and throws on): the Origin's host against X-Forwarded-Host or Host. A
// request without Origin passes, as Next.js lets it (no browser sends a form without one).
function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function refuse(status: number, message: keyof typeof en.badRequest) {
  const text = [en, zh]
    .map((messages) => messages.badRequest[message].replace("{kib}", String(actionBodyLimit / 1024)))
    .join("\n");
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
