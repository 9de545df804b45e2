// The request methods the portal answers. No "server-only": server.ts runs outside Next.js's bundles.

/** Every method some page, route or action of the portal answers (RFC 9110 names). */
export const portalMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * Whether server.ts hands a request of this method to Next.js. Node.js parses TRACE and other
 * registered methods, but Next.js throws on them ("'TRACE' HTTP method is unsupported": a 500 for
 * anyone); server.ts answers them with 405 and an `Allow` header instead.
 */
export const isPortalMethod = (method: string | undefined): boolean =>
  (portalMethods as readonly string[]).includes(method ?? "");
