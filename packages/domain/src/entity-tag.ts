/**
 * Whether an If-None-Match header matches a response's entity tag (RFC 9110 §13.1.2): `*`, or
 * any tag of its comma-separated list under the weak comparison (`W/"x"` matches `"x"`). A
 * header that is absent or unreadable matches nothing, so the full response is sent.
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === wanted);
}
