/**
 * What logs must never carry: secrets (by field name) and full e-mail addresses (anywhere in a
 * string, masked to their first letter: a***@example.com, enough to tell two visitors apart in
 * an incident without naming them).
 */
const secretKey =
  /pass(word)?|secret|token|authorization|cookie|session|api.?key|hash|signature|proof|smtp.?url/i;
const urlCredentials = /\b([a-z][a-z\d+.-]*:\/\/)[^\s/@]+@/gi;
const bearer = /\b(bearer|basic)\s+[\w~+/.=-]+/gi;
const email = /([a-z\d])[a-z\d._%+-]*@([a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,})/gi;
const maxDepth = 6;

export const redacted = "[redacted]";

export function redactText(text: string): string {
  // Credentials in URLs first: "smtp://user:pass@host" would otherwise read as an e-mail address.
  return text
    .replace(urlCredentials, `$1${redacted}@`)
    .replace(bearer, `$1 ${redacted}`)
    .replace(email, "$1***@$2");
}

/** A copy of `value` fit for a log line (plain JSON values; errors become name and message). */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= maxDepth) return "[too deep]";
  if (value instanceof Error) {
    return redact({ name: value.name, message: value.message, stack: value.stack }, depth);
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      secretKey.test(key) && item != null ? redacted : redact(item, depth + 1),
    ]),
  );
}
