/** A form key that would reach an object's prototype (`__proto__.x`, `constructor.prototype.x`). */
export class FormKeyError extends Error {
  constructor(readonly key: string) {
    super(`The form field "${key.slice(0, 80)}" is not allowed.`);
    this.name = "FormKeyError";
  }
}

const forbiddenSegments = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A form's fields as one object for the shared zod schemas: "name.en" becomes { name: { en } },
 * so the bilingual inputs of a staff form parse with the same schema as every other caller. The
 * keys come from the client, so every object built here has no prototype, and a key with a
 * `__proto__`, `constructor` or `prototype` segment is refused with FormKeyError (a 400) rather
 * than skipped, so a forged form never half-applies. Files and Next's `$ACTION…` fields are left out.
 */
export function formObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null);
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    if (path.some((part) => forbiddenSegments.has(part))) throw new FormKeyError(key);
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = target[part];
      target = (
        typeof next === "object" && next !== null ? next : (target[part] = Object.create(null))
      ) as Record<string, unknown>;
    }
    target[path.at(-1)!] = value;
  }
  return result;
}
