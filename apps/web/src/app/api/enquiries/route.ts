import { clientIp } from "@/server/client-ip";
import { submitEnquiry } from "@/server/submit-enquiry";

export const dynamic = "force-dynamic";

const maxBodyBytes = 32 * 1024;

/**
 * POST /api/enquiries with a JSON body (the form's fields, plus `website` and `proof`):
 * 201 { reference } · 400 { errors } · 413 · 422 · 429 (Retry-After) · 503 (Retry-After).
 * An `Idempotency-Key` header (16–100 letters, digits, "-" or "_") makes retries safe: the same
 * body again answers 201 with the first reference and stores nothing; another body with a used
 * key answers 422, and a malformed key 400. The form itself posts through a server action that
 * takes the same path (submitEnquiry), with its one-time token as the key.
 */
export async function POST(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBodyBytes) return tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ error: "The body must be JSON.", errors: {} }, { status: 400 });
  }
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const result = await submitEnquiry(body, {
    ip: clientIp(request.headers),
    honeypot: fields.website,
    proofOfWork: fields.proof,
    token: request.headers.get("idempotency-key") ?? undefined,
  });
  switch (result.kind) {
    case "created":
      return Response.json({ reference: result.reference }, { status: 201 });
    case "invalid":
      return Response.json({ errors: result.errors }, { status: 400 });
    case "token-refused":
      return result.reason === "reused"
        ? Response.json(
            { error: "This Idempotency-Key was used for another enquiry: use a new key for a new enquiry." },
            { status: 422 },
          )
        : Response.json(
            { error: "Idempotency-Key must be 16 to 100 letters, digits, '-' or '_'.", errors: {} },
            { status: 400 },
          );
    case "rate-limited":
      return Response.json(
        { error: "Too many enquiries: try again later." },
        { status: 429, headers: { "Retry-After": String(result.retryAfter) } },
      );
    case "unavailable":
      return Response.json(
        { error: "The enquiry could not be stored: try again shortly." },
        { status: 503, headers: { "Retry-After": "5" } },
      );
  }
}

function tooLarge() {
  return Response.json({ error: `The body is larger than ${maxBodyBytes} bytes.` }, { status: 413 });
}
