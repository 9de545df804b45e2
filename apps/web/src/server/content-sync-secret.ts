import "server-only";
import { timingSafeEqual } from "node:crypto";
import { derivedSecret } from "@ig/db/config";

/** The bearer token an instance uses to tell itself that content changed (see content-sync.ts). */
export function contentSyncToken(): string {
  return derivedSecret("content-sync");
}

export function isContentSyncToken(header: string | null): boolean {
  const expected = Buffer.from(`Bearer ${contentSyncToken()}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
