import "server-only";
import { getToken } from "next-auth/jwt";
import { config } from "@ig/db/config";
import { NextResponse, type NextRequest } from "next/server";

// The two staff pages anonymous visitors need: signing in, and setting a password from a reset link.
const openStaffPaths = /^\/admin\/(login|reset-password)\/?$/;

/**
 * The proxy's first line of the staff side: an /admin request without a valid session token is
 * answered before anything renders (GET: 307 to the login; a server action called from a page:
 * 401 with Next's own redirect header, so the page moves to the login; any other write: 303 to
 * the login). It only reads the signed token: whether the account and session are still live is
 * decided by the guard every page and action calls (server/staff-guard.ts, server/staff-action.ts).
 * Returns null when the request may go on.
 */
export async function staffGate(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (!/^\/admin(\/|$)/.test(pathname) || openStaffPaths.test(pathname)) return null;
  const token = await getToken({ req: request, secret: config().nextAuthSecret }).catch(() => null);
  if (token) return null;
  const login = new URL("/admin/login", request.url);
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.redirect(login, 307);
  if (request.headers.has("next-action"))
    return new NextResponse("Sign in first.", {
      status: 401,
      headers: { "content-type": "text/plain", "x-action-redirect": "/admin/login;replace" },
    });
  return NextResponse.redirect(login, 303);
}
