import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { siteUrl } from "./lib/site-url";
import { refuseBadRequest } from "./server/bad-request-guard";
import { requestIdFor, requestIdHeader } from "./server/request-id";
import { staffGate } from "./server/staff-gate";
import { staffLanguageLink } from "./server/staff-language-link";
import { createNonce, isHttps, pagePolicy, securityHeaders } from "./server/security-headers";

const localize = createMiddleware(routing);
// Staff pages, the benchmark's bare page and files (robots.txt, sitemap.xml) carry no locale prefix.
const unlocalized = /^\/(admin|baseline|_next|_vercel)(\/|$)|\.[^/]*$/;
// What the second matcher below lets in: API routes and files whose path has a "%".
const notAPage = /^\/(api(\/|$)|files\/|_next\/(static\/|image))/;

/**
 * Every page, public or staff, passes here: the security headers (with a fresh script nonce, see
 * server/security-headers.ts), a request id for the logs, anonymous staff requests turned away
 * (server/staff-gate.ts), and for public pages the locale routing of next-intl. A path or a server
 * action request that Next.js could not decode is answered here with 4xx
 * (server/bad-request-guard.ts) instead of failing with 500.
 */
export default async function proxy(request: NextRequest) {
  const malformed = await refuseBadRequest(request);
  if (!malformed && notAPage.test(request.nextUrl.pathname)) return NextResponse.next();
  // Answered here rather than rendered: malformed requests, the signed-out language switch, anonymous staff requests.
  const refused = malformed ?? staffLanguageLink(request) ?? (await staffGate(request));
  const nonce = createNonce();
  const policy = pagePolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const https = isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"), siteUrl().href);
  const requestId = requestIdFor(request.headers.get(requestIdHeader));
  // Next.js takes the nonce for its scripts from the request's CSP header.
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", policy);
  forwarded.set(requestIdHeader, requestId);
  const response = refused
    ? refused
    : unlocalized.test(request.nextUrl.pathname)
      ? NextResponse.next({ request: { headers: forwarded } })
      : localize(new NextRequest(request, { headers: forwarded }));
  for (const [name, value] of Object.entries(securityHeaders({ policy, https }))) {
    response.headers.set(name, value);
  }
  response.headers.set(requestIdHeader, requestId);
  return response;
}

export const config = {
  // API routes, stored files, Next's build output and the benchmark's static bare page
  // (app/baseline) get their headers from next.config.ts; they pass here only when a "%" in the
  // path may be a malformed escape.
  matcher: [
    "/((?!api/|api$|files/|_next/static/|_next/image|baseline(?:[/.]|$)).*)",
    "/((?:api|files|_next/static|_next/image|baseline).*%.*)",
  ],
};
