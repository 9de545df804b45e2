/**
 * A form's fields as one object for the shared zod schemas: "name.en" becomes { name: { en } },
 * so the bilingual inputs of a staff form parse with the same schema as every other caller.
 */
export function formObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    let target = result;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path.at(-1)!] = value;
  }
  return result;
}
