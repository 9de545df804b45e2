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
  return hasBadCallbackUrl(request)
    ? badRequest("The callback URL is not an http(s) URL.")
    : handler(request, context);
}

async function POST(request: NextRequest, context: Context) {
  if (hasBadCallbackUrl(request)) return badRequest("The callback URL is not an http(s) URL.");
  if (request.headers.get("content-type")?.includes("application/json")) {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => null);
    if (typeof body !== "object" || body === null) return badRequest("The body must be a JSON object.");
  }
  return handler(request, context);
}

// next-auth's own test (assertConfig), on the values it tests.
function hasBadCallbackUrl(request: NextRequest) {
  const values = [
    request.nextUrl.searchParams.get("callbackUrl"),
    request.cookies.get("next-auth.callback-url")?.value,
    request.cookies.get("__Secure-next-auth.callback-url")?.value,
  ];
  return values.some((value) => {
    if (!value) return false;
    try {
      return !/^https?:/.test(
        new URL(value, value.startsWith("/") ? request.nextUrl.origin : undefined).protocol,
      );
    } catch {
      return true;
    }
  });
}

const badRequest = (error: string) => Response.json({ error }, { status: 400 });

export { GET, POST };
