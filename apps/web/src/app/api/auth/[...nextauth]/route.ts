import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };
const handler = NextAuth(authOptions);

/**
 * next-auth's own endpoints. Bad input next-auth 4 answers with a 500 ("a problem with the server
 * configuration") or an exception is refused here first: a callback URL (query or cookie) that is
 * not an http(s) URL (400), a JSON body that does not parse to an object (400), and a GET of the
 * credentials callback, which only the login form's POST reaches (405).
 */
function GET(request: NextRequest, context: Context) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials"))
    return new Response(null, { status: 405, headers: { Allow: "POST" } });
  // next-auth copies the error code into the Location of its redirect: control or non-ASCII
  // characters there make an invalid header (500). Its own codes are plain words.
  const error = request.nextUrl.searchParams.get("error");
  if (error !== null && !/^[A-Za-z]{1,40}$/.test(error)) return badRequest("Unknown error code.");
  return hasBadCallbackUrl(request)
    ? badRequest("The callback URL is not an http(s) URL.")
    : handler(request, context);
}

async function POST(request: NextRequest, context: Context) {
  if (hasBadCallbackUrl(request)) return badRequest("The callback URL is not an http(s) URL.");
  const type = request.headers.get("content-type") ?? "";
  let body: unknown = {};
  if (type.includes("application/json")) {
    body = await request
      .clone()
      .json()
      .catch(() => null);
    if (typeof body !== "object" || body === null) return badRequest("The body must be a JSON object.");
  } else if (type.includes("application/x-www-form-urlencoded")) {
    body = Object.fromEntries(new URLSearchParams(await request.clone().text()));
  }
  // The body's callbackUrl reaches the same test in next-auth (an object or "http://a:b/" → 500).
  const callbackUrl = (body as Record<string, unknown>).callbackUrl;
  if (callbackUrl !== undefined && (typeof callbackUrl !== "string" || isBadUrl(callbackUrl, request)))
    return badRequest("The callback URL is not an http(s) URL.");
  return handler(request, context);
}

// next-auth's own test (assertConfig), on the values it tests.
function hasBadCallbackUrl(request: NextRequest) {
  const values = [
    request.nextUrl.searchParams.get("callbackUrl"),
    request.cookies.get("next-auth.callback-url")?.value,
    request.cookies.get("__Secure-next-auth.callback-url")?.value,
  ];
  return values.some((value) => value && isBadUrl(value, request));
}

function isBadUrl(value: string, request: NextRequest) {
  try {
    const url = new URL(value, value.startsWith("/") ? request.nextUrl.origin : undefined);
    // Control characters would reach a Location header.
    return !/^https?:$/.test(url.protocol) || /[\u0000-\u001f\u007f]/.test(value);
  } catch {
    return true;
  }
}

const badRequest = (error: string) => Response.json({ error }, { status: 400 });

export { GET, POST };
