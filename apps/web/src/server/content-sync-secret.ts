import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/** The bearer token an instance uses to tell itself that content changed (see content-sync.ts). */
export function contentSyncToken(): string {
  return createHmac("sha256", process.env.NEXTAUTH_SECRET ?? "")
    .update("content-sync")
    .digest("base64url");
}

export function isContentSyncToken(header: string | null): boolean {
  const expected = Buffer.from(`Bearer ${contentSyncToken()}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
