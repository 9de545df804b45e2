import "server-only";
import { StaffInputError, type StaffActionResult } from "./staff-action";

/**
 * Route handlers get no built-in protection against cross-site request forgery (server actions
 * do: Next.js compares their Origin with the host). A staff write is accepted only when the
 * browser says it comes from this very site; a request without an Origin header is refused too.
 */
export function isSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const maxBodyBytes = 64 * 1024;

/**
 * Every staff route handler that writes: refuses cross-origin requests (403), then hands the staff
 * action a reader of the JSON body (merged with the values taken from the URL, which win), which
 * the action calls only after it has resolved the session and the role. Answers the action's
 * status as the HTTP status: 200 with the data, 400 { errors }, or 401/403/404/409 { error, current }.
 */
export async function handleStaffRequest<T>(
  request: Request,
  action: (read: () => Promise<unknown>) => Promise<StaffActionResult<T>>,
  fromUrl: Record<string, string>,
) {
  if (!isSameOrigin(request))
    return Response.json({ error: "Cross-origin requests are refused." }, { status: 403 });
  return staffResponse(await action(() => readJsonBody(request, fromUrl)));
}

async function readJsonBody(request: Request, fromUrl: Record<string, string>) {
  const text = await request.text();
  let body: unknown;
  try {
    if (Buffer.byteLength(text) > maxBodyBytes) throw new Error("too large");
    body = JSON.parse(text);
  } catch {
    throw new StaffInputError("The body must be a JSON object of at most 64 KiB.");
  }
  return typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, ...fromUrl } : body;
}

/** A staff action's answer as HTTP: 200 (or `okStatus`) with the data, 400 { errors }, 401/403/404/409 { error, current }. */
export function staffResponse<T>(result: StaffActionResult<T>, okStatus = 200) {
  if (result.ok) return Response.json(result.data, { status: okStatus });
  if (result.status === 400) return Response.json({ errors: result.errors }, { status: 400 });
  return Response.json({ error: result.message, current: result.current }, { status: result.status });
}
