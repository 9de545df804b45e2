import NextAuth from "next-auth";
import { authOptions } from "@/server/auth-options";

const handler = NextAuth(authOptions);

/**
 * next-auth's own endpoints. A GET of the credentials callback (it only takes the login form's
 * POST) makes next-auth 4 throw, which would be a 500: it is a 405 here.
 */
function GET(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials"))
    return new Response(null, { status: 405, headers: { Allow: "POST" } });
  return handler(request, context);
}

export { GET, handler as POST };
