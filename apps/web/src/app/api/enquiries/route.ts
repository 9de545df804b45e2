import { clientIp } from "@/server/client-ip";
import { submitEnquiry } from "@/server/submit-enquiry";

export const dynamic = "force-dynamic";

const maxBodyBytes = 32 * 1024;

/**
 * POST /api/enquiries with a JSON body (the form's fields, plus `website` and `proof`):
 * 201 { reference } · 400 { errors } · 413 · 429 (Retry-After) · 503 (Retry-After).
 * The form itself posts through a server action that takes the same path (submitEnquiry).
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
  });
  switch (result.kind) {
    case "created":
      return Response.json({ reference: result.reference }, { status: 201 });
    case "invalid":
      return Response.json({ errors: result.errors }, { status: 400 });
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
