import NextAuth from "next-auth";
import { authOptions } from "@/server/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };
const handler = NextAuth(authOptions);

/**
 * next-auth's own endpoints. Two requests make next-auth 4 throw, which would be a 500: a GET of
 * the credentials callback (only the login form's POST is one), a 405 here; and a JSON body that
 * does not parse to an object (it parses JSON bodies without a guard), a 400 here.
 */
function GET(request: Request, context: Context) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials"))
    return new Response(null, { status: 405, headers: { Allow: "POST" } });
  return handler(request, context);
}

async function POST(request: Request, context: Context) {
  if (request.headers.get("content-type")?.includes("application/json")) {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => null);
    if (typeof body !== "object" || body === null)
      return Response.json({ error: "The body must be a JSON object." }, { status: 400 });
  }
  return handler(request, context);
}

export { GET, POST };
