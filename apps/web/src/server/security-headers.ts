/**
 * The security headers of every response. Pages (public and staff) get them from src/proxy.ts
 * with a fresh script nonce: Next.js reads it from the request's CSP header and puts it on its
 * own scripts, including the inline flight-data ones, which hash-based SRI (experimental.sri)
 * does not cover (vercel/next.js#95354). A nonce needs a per-request render, which the public
 * pages do anyway (the locale comes from the request), and their data stays cached
 * (lib/cached-data.ts). 'strict-dynamic' lets those scripts load the page's chunks.
 * API routes, /files and Next's build output serve no HTML: next.config.ts gives them the same
 * headers with a policy that allows nothing, without running the proxy (which costs API routes
 * a third of their throughput).
 */
export function pagePolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // React uses eval for its development-only error overlays, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * For responses that are not HTML (JSON, images, scripts): nothing may run or frame them, and
 * `sandbox` makes a browser that opens one as a page anyway (an uploaded image that were an
 * HTML polyglot) treat it as a script-less document of an origin of its own.
 */
export const noContentPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/**
 * HSTS is sent when the visitor reached us over HTTPS: the request's own scheme, the
 * X-Forwarded-Proto of the TLS-terminating proxy in front (server.ts drops it unless a trusted
 * proxy sent it; see TRUSTED_PROXIES), or a SITE_URL that is https (then every
 * public URL is). Browsers ignore the header on plain HTTP (RFC 6797), so a wrong guess is
 * harmless; on a local http:// setup it is simply absent.
 */
export function isHttps(protocol: string, forwardedProto: string | null, siteUrl: string | undefined) {
  return (
    protocol === "https:" ||
    forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https" ||
    Boolean(siteUrl?.startsWith("https://"))
  );
}

export function securityHeaders({
  policy,
  https,
}: {
  policy: string;
  https: boolean;
}): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    // For browsers without frame-ancestors support.
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": strictTransportSecurity } : {}),
  };
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
