import type { IncomingHttpHeaders } from "node:http";

/** How many page responses carried a fresh nonce of their own, of how many were checked. */
export interface NonceTally {
  checked: number;
  fresh: number;
  /** What the first failing response showed, e.g. `nonce repeated`. */
  firstFailure: string | undefined;
}

const headerValue = (headers: IncomingHttpHeaders, name: string) => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value.join(", ") : value;
};

/**
 * A checker for every response of one page target, so that no row of the table can be met by
 * dropping the CSP or by serving one response's nonce twice: each 200 must have a
 * Content-Security-Policy whose script-src allows a nonce and no `'unsafe-inline'`, every
 * `nonce="…"` attribute in its HTML (at least one) must be that nonce, and no nonce may have
 * appeared in an earlier response of the run.
 */
export function freshNonceChecker() {
  const seen = new Set<string>();
  const tally: NonceTally = { checked: 0, fresh: 0, firstFailure: undefined };
  const failure = (why: string) => {
    tally.firstFailure ??= why;
  };
  const check = (status: number, body: string, headers: IncomingHttpHeaders) => {
    if (status !== 200) return;
    tally.checked++;
    const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(
      headerValue(headers, "content-security-policy") ?? "",
    )?.[1];
    const nonce = scriptSrc && /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    if (!nonce || scriptSrc.includes("'unsafe-inline'")) return failure("no nonce in the CSP header");
    const inHtml = [...body.matchAll(/\snonce="([^"]*)"/g)].map((m) => m[1]);
    if (!inHtml.length) return failure("no nonce in the HTML");
    if (inHtml.some((value) => value !== nonce)) return failure("HTML nonce differs from the header's");
    if (seen.has(nonce)) return failure("nonce repeated");
    seen.add(nonce);
    tally.fresh++;
  };
  return { check, tally };
}
