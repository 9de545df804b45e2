// The fuzz test's generators: requests a careless or hostile client sends to every target.
import fc from "fast-check";
import type { Target } from "./fuzz-targets";

export interface FuzzRequest {
  as: "anonymous" | "admin";
  method: string;
  /** Path and query as sent, malformed escapes included. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The target's pattern, for the report. */
  target: string;
}

/** Real values of the fuzz database, so that some requests reach past "not found". */
export interface Known {
  slugs: Record<"parks" | "projects" | "policies" | "news" | "industries", string[]>;
  ids: string[];
  references: string[];
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const nasty = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "%",
  "%%",
  "_",
  "\\",
  "%25",
  '\'; DROP TABLE "Enquiry"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "null",
  "-1",
  "1e309",
  "\u202e\ufeff",
  "𠜎𠜱",
  "IG-2026-000001\u0000",
  "😀".repeat(3000),
  "x".repeat(70_000),
);

/** Text as nobody types it: controls, NUL, lone surrogates, astral characters, wildcards, huge. */
const oddText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc
    .array(fc.oneof(fc.string({ unit: "binary", maxLength: 5 }), loneSurrogate, nasty), { maxLength: 6 })
    .map((parts) => parts.join("")),
  nasty,
);

// A header carries bytes, not text: odd characters as the Latin-1 bytes a client could send.
const headerValue = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, "\xbf");

// A lone surrogate as a browser sends it: U+FFFD (encodeURIComponent refuses lone surrogates).
const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, "\ufffd");

/** Percent escapes Next.js cannot decode: truncated, not hex, overlong or surrogate UTF-8. */
const badEscape = fc.constantFrom(
  "%",
  "%z",
  "%zz",
  "%0",
  "%C0%80",
  "%E0%A4%A",
  "%ED%A0%80",
  "%FF",
  "%u0041",
  "%%",
);

// Well-formed escapes of any text (a lone surrogate becomes U+FFFD, as browsers send it) or raw
// malformed ones.
const urlPart = fc.oneof(
  oddText.map((text) => encodeURIComponent(wellFormed(text))),
  fc.tuple(oddText, badEscape).map(([text, escape]) => encodeURIComponent(wellFormed(text)) + escape),
  badEscape,
);

/** Any JSON value, the odd text included, and the portal's field names as keys. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  oddText,
  fc.dictionary(fc.constantFrom(...fieldNames()), fc.oneof(oddText, fc.jsonValue({ maxDepth: 2 }))),
);

/** JSON text of any value, or nested deeper than a parser that recurses can follow. */
const jsonText = fc.oneof(
  { weight: 4, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
  fc
    .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom(["[", "]"], ['{"a":', "}"]))
    .map(([depth, [open, close]]) => open!.repeat(depth) + "1" + close!.repeat(depth)),
);

// The names the portal's forms and JSON bodies use, so that fields are found and judged.
function fieldNames() {
  return [
    ...["name", "email", "phone", "company", "country", "industry", "sizeBand", "message", "language"],
    ...["consent", "parks", "projects", "policies", "website", "proof", "submissionToken", "locale"],
    ...["reference", "assigneeId", "body", "to", "version", "id", "slug", "kind", "areas", "active"],
    ...["name.en", "name.zh", "title.en", "summary.zh", "value", "unit", "sourceId", "headline"],
    ...["password", "token", "role", "credential", "type", "stage", "category", "publishedOn"],
  ];
}

const queryKeys = [
  ...["q", "page", "area", "type", "industry", "status", "assignee", "from", "to", "entity"],
  ...["action", "actor", "ref", "parks", "park", "project", "policy", "kind", "stage", "country"],
  ...["amount", "sort", "inForce", "category", "created", "deleted", "token", "callbackUrl"],
];
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), urlPart), urlPart), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([key, value]) => `${key}=${value}`).join("&")}` : ""));

/** Fills a pattern's [segments] with real values now and then, and with odd ones otherwise. */
function pathOf(pattern: string, known: Known) {
  const segments = pattern.split("/").filter(Boolean);
  return fc
    .tuple(...segments.map((segment) => segmentValue(segment, known)))
    .map((parts) => `/${parts.join("/")}`);
}

function segmentValue(segment: string, known: Known): fc.Arbitrary<string> {
  if (!segment.startsWith("[")) return fc.constant(segment);
  const real: string[] =
    segment === "[locale]"
      ? ["en", "zh"]
      : segment === "[kind]"
        ? ["parks", "projects", "policies", "news", "figures"]
        : segment === "[reference]"
          ? known.references
          : segment === "[id]"
            ? known.ids
            : segment === "[slug]"
              ? Object.values(known.slugs).flat()
              : segment === "[...nextauth]"
                ? ["csrf", "session", "providers", "signin/credentials", "callback/credentials", "error"]
                : [];
  const odd = segment.startsWith("[...")
    ? fc.array(urlPart, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"))
    : urlPart;
  return real.length ? fc.oneof(fc.constantFrom(...real), odd) : odd;
}

const identity = fc.constantFrom("anonymous" as const, "admin" as const);

// Headers a page request may carry: a mangled language list, an RSC navigation with a broken
// router state, cookies that are not what they claim.
const pageHeaders = fc.oneof(
  fc.constant({}),
  oddText.map((text) => ({ "accept-language": headerValue(text) })),
  urlPart.map((tree) => ({ rsc: "1", "next-router-state-tree": tree })),
  urlPart.map((value) => ({ cookie: `NEXT_LOCALE=${value}; next-auth.session-token=${value}` })),
);

const jsonBody = fc.oneof(jsonText, oddText, fc.constantFrom("{", "[", '{"a":', "\u0000", ""));

/** A multipart body built by hand, so that it can also be broken. */
function multipart(fields: [string, string][], boundary = "fuzzBoundary7MA4YWxk") {
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { type: `multipart/form-data; boundary=${boundary}`, body: `${parts.join("")}--${boundary}--\r\n` };
}

const formFields = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fieldNames()), oddText), oddText), {
  maxLength: 6,
});

/** A body of any kind: JSON, text, a good or broken multipart form, URL-encoded, nothing. */
const anyBody = fc.oneof(
  jsonBody.map((body) => ({ type: "application/json", body })),
  jsonBody.map((body) => ({ type: "text/plain;charset=UTF-8", body })),
  formFields.map((fields) => multipart(fields)),
  formFields.map((fields) => ({ ...multipart(fields), type: "multipart/form-data" })),
  formFields.map((fields) => ({ ...multipart(fields), body: multipart(fields).body.slice(0, -8) })),
  fc
    .tuple(urlPart, urlPart)
    .map(([key, value]) => ({ type: "application/x-www-form-urlencoded", body: `${key}=${value}` })),
  fc.constant({ type: "", body: "" }),
);

/** The arguments of a server action call from JavaScript: React's reply format, often broken. */
function actionCall(actionId: fc.Arbitrary<string>) {
  const state = fc.oneof(fc.constant("$undefined"), fc.constant({ kind: "idle" }), anyJson);
  const args = fc.oneof(
    fc
      .tuple(state, formFields)
      .map(([previous, fields]) =>
        multipart([
          ["0", JSON.stringify([previous, "$K1"])],
          ...fields.map(([k, v]): [string, string] => [`1_${k}`, v]),
        ]),
      ),
    fc
      .tuple(fc.constantFrom("parks", "nope", "\u0000"), state, formFields)
      .map(([kind, previous, fields]) =>
        multipart([
          ["0", JSON.stringify([kind, previous, "$K1"])],
          ...fields.map(([k, v]): [string, string] => [`1_${k}`, v]),
        ]),
      ),
    fc.tuple(jsonText, formFields).map(([root, fields]) => multipart([["0", root], ...fields])),
    fc
      .constantFrom('["$@1","$K1"]', '["$Q1"]', '["$n99999999999999999999"]', '["$h1"]', "[", "$")
      .map((root) => multipart([["0", root]])),
    jsonBody.map((body) => ({ type: "text/plain;charset=UTF-8", body })),
    anyBody,
  );
  const origin = fc.constantFrom<string | undefined>(
    undefined,
    "same",
    "http://evil.example",
    "http://[",
    "null",
  );
  return fc.record({ actionId, args, origin });
}

/** A form sent without JavaScript: the action named in fields, its bound arguments in others. */
function formPost(actionId: fc.Arbitrary<string>) {
  return fc
    .tuple(actionId, anyJson, formFields, fc.boolean())
    .map(([id, bound, fields, byRef]) =>
      multipart(
        byRef
          ? [
              ["$ACTION_REF_1", ""],
              ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
              ["$ACTION_1:1", JSON.stringify(bound)],
              ["$ACTION_KEY", "k0"],
              ...fields,
            ]
          : [[`$ACTION_ID_${id}`, ""], ...fields],
      ),
    );
}

/** Requests for one target, as anonymous visitor or signed-in administrator. */
export function requestsFor(target: Target, known: Known, base: string): fc.Arbitrary<FuzzRequest> {
  const path = pathOf(target.pattern, known);
  if (target.kind === "page")
    return fc.record({ as: identity, path, query, headers: pageHeaders }).map((r) => ({
      as: r.as,
      method: "GET",
      url: r.path + r.query,
      headers: r.headers,
      target: target.pattern,
    }));
  if (target.kind === "route")
    return fc
      .record({
        as: identity,
        path,
        query,
        method: fc.constantFrom(...target.methods, "PUT"),
        body: anyBody,
        origin: fc.constantFrom(undefined, base, "http://evil.example"),
        key: fc.option(urlPart),
      })
      .map((r) => ({
        as: r.as,
        method: r.method,
        url: r.path + r.query,
        headers: {
          ...(r.body.type && { "content-type": r.body.type }),
          ...(r.origin && { origin: r.origin }),
          ...(r.key !== null && { "idempotency-key": headerValue(r.key) }),
        },
        body: r.method === "GET" || r.method === "HEAD" ? undefined : r.body.body,
        target: target.pattern,
      }));
  const actionId = fc.oneof(
    { weight: 4, arbitrary: fc.constant(target.actionId!) },
    fc.constantFrom("00".repeat(21), "7f".repeat(20) + "00", "not-an-id", ""),
  );
  return fc.oneof(
    fc.record({ as: identity, path, call: actionCall(actionId) }).map((r) => ({
      as: r.as,
      method: "POST",
      url: r.path,
      headers: {
        "next-action": r.call.actionId,
        ...(r.call.args.type && { "content-type": r.call.args.type }),
        ...(r.call.origin && { origin: r.call.origin === "same" ? base : r.call.origin }),
      },
      body: r.call.args.body,
      target: `${target.name} (${target.pattern})`,
    })),
    fc.record({ as: identity, path, form: formPost(actionId) }).map((r) => ({
      as: r.as,
      method: "POST",
      url: r.path,
      headers: { "content-type": r.form.type, origin: base },
      body: r.form.body,
      target: `${target.name} without JavaScript (${target.pattern})`,
    })),
  );
}
