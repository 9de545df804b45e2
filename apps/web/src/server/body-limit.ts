// The portal's outer bound on request bodies, applied by server.ts before Next.js reads a byte.
// No "server-only" here: server.ts runs outside Next.js's bundles.
import type { IncomingHttpHeaders } from "node:http";

/** Room for a multipart form's other fields and boundaries around an uploaded file. */
export const formOverheadBytes = 64 * 1024;
/** Every other body: server actions (64 KiB), enquiry and staff JSON (32 and 64 KiB), sign-in. */
const otherBodyBytes = 256 * 1024;
const imageUploadPath = /^\/api\/admin\/parks\/[^/]+\/images\/?$/;

/**
 * Whether a request's body may be read, from its headers alone: null when it may, else the status
 * to answer with. A body must declare its length (411 for `Transfer-Encoding: chunked`: no page or
 * script of this portal sends one, and without a length the routes' own limits could only be
 * checked after reading it all, hundreds of megabytes into memory). The declared length must fit
 * the route (413): twice `IMAGE_MAX_BYTES` plus the form around it for park image uploads (the
 * upload route answers a file just over the limit itself, before reading it, with the form's own
 * bilingual message), 256 KiB for everything else. Node.js then never hands over more bytes than Content-Length declared.
 */
export function bodyRefusal(
  request: { method?: string; url?: string; headers: IncomingHttpHeaders },
  imageMaxBytes: number,
): 411 | 413 | null {
  if (request.headers["transfer-encoding"] !== undefined) return 411;
  const length = Number(request.headers["content-length"] ?? 0);
  const path = (request.url ?? "/").split("?")[0]!;
  const limit = imageUploadPath.test(path) ? 2 * imageMaxBytes + formOverheadBytes : otherBodyBytes;
  return length > limit ? 413 : null;
}
