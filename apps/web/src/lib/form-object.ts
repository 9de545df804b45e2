/**
 * A request that is not a form, or a form key that would reach an object's prototype
 * (`__proto__.x`, `constructor.prototype.x`): staffAction answers it with 400.
 */
export class FormInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormInputError";
  }
}

const forbiddenSegments = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A form's fields as one object for the shared zod schemas: "name.en" becomes { name: { en } },
 * so the bilingual inputs of a staff form parse with the same schema as every other caller.
 * A server action's arguments come from the client, so `form` may be anything: what is not a
 * FormData, and a key with a `__proto__`, `constructor` or `prototype` segment, are refused with
 * FormInputError rather than skipped, so a forged form never half-applies. Only own properties
 * are followed, so no key reaches a prototype. The result stays a plain object, as React must be
 * able to send it back to the form. Files and Next's `$ACTION…` fields are left out.
 */
export function formObject(form: unknown): Record<string, unknown> {
  if (!(form instanceof FormData)) throw new FormInputError("The request must be a form.");
  const result: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    if (path.some((part) => forbiddenSegments.has(part)))
      throw new FormInputError(`The form field "${key.slice(0, 80)}" is not allowed.`);
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      target = (typeof next === "object" && next !== null ? next : (target[part] = {})) as Record<
        string,
        unknown
      >;
    }
    target[path.at(-1)!] = value;
  }
  return result;
}
