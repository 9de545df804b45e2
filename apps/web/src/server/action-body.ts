// Whether React can decode a server action's body into arguments (see bad-request-guard.ts): the
// same parsers Next.js uses, and the parts of React's reply format the portal's forms send.
import busboy from "next/dist/compiled/busboy";

// Far deeper than any form's state; React's decoder recurses, so depth is what overflows it.
const maxNesting = 32;

/**
 * A body React decodes without throwing: from JavaScript (`fromScript`, a Next-Action header) a
 * multipart form or one JSON row whose root is the argument list; without it, a multipart form.
 */
export async function readableActionBody(body: ArrayBuffer, contentType: string, fromScript: boolean) {
  return /^multipart\/form-data\b/i.test(contentType)
    ? readableForm(body, contentType, fromScript)
    : readableRow(new TextDecoder().decode(body), { argumentList: true, hasRow: () => false });
}

/**
 * A multipart body, read by the parser Next.js uses for it. From JavaScript (busboy), its root
 * field "0" and the other numbered fields are React's JSON rows (a text body is one row, the
 * root). Without JavaScript (the platform's FormData), the fields "$ACTION_<n>:<m>" are the rows
 * of a form action's binding: "$ACTION_<n>:0" names the action and the row of its bound
 * arguments, which must be a list.
 */
async function readableForm(body: ArrayBuffer, contentType: string, fromScript: boolean) {
  const fields = fromScript ? await busboyFields(body, contentType) : await formDataFields(body, contentType);
  // A part without a name (`name=""`) reaches React's decoder as an undefined key: a TypeError, 500.
  if (!fields || fields.some(([key]) => !key)) return false;
  const rows = new Map(fields.filter(([key]) => (fromScript ? /^\d+$/ : /^\$ACTION_\d+:\d+$/).test(key)));
  if (fromScript && !rows.has("0")) return false;
  return [...rows].every(([key, value]) => {
    const prefix = key.startsWith("$") ? key.slice(0, key.indexOf(":") + 1) : "";
    const hasRow = (id: number) => rows.has(`${prefix}${id}`);
    if (!readableRow(value, { argumentList: fromScript && key === "0", hasRow })) return false;
    return !key.endsWith(":0") || boundToList(value, (id) => rows.get(`${prefix}${id}`));
  });
}

// "$ACTION_<n>:0" is { id, bound: null or "$@<row>" }; React spreads the bound row into the call.
function boundToList(binding: string, row: (id: number) => string | undefined): boolean {
  const { bound } = (parsed(binding) ?? {}) as { bound?: unknown };
  if (bound === null || bound === undefined) return true;
  const reference = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound) : null;
  return reference !== null && Array.isArray(parsed(row(parseInt(reference[1]!, 16)) ?? ""));
}

/** JSON text as a value; undefined when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function busboyFields(body: ArrayBuffer, contentType: string): Promise<[string, string][] | null> {
  return new Promise((resolve) => {
    const fields: [string, string][] = [];
    try {
      const parser = busboy({
        headers: { "content-type": contentType },
        // No field is longer than the body: Next.js limits the body, not the field.
        limits: { fieldSize: body.byteLength },
      });
      parser.on("field", (name, value) => fields.push([name, value]));
      parser.on("file", (name, stream) => {
        if (!name) fields.push(["", ""]); // only its name matters, see readableForm
        stream.resume();
      });
      parser.on("error", () => resolve(null));
      parser.on("close", () => resolve(fields));
      parser.end(Buffer.from(body));
    } catch {
      resolve(null);
    }
  });
}

async function formDataFields(body: ArrayBuffer, contentType: string): Promise<[string, string][] | null> {
  try {
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    return [...form].map(([name, value]): [string, string] => [name, typeof value === "string" ? value : ""]);
  } catch {
    return null;
  }
}

/**
 * One JSON row of React's reply format, parsed without React's recursion: at most `maxNesting`
 * deep, and every "$"-string one of the plain values the portal's forms send ($$ escaped text,
 * $D dates, $K form data, $u undefined, $I, $-, $N numbers) or a $@ reference to a row present.
 * Other references (maps, sets, streams, server references …) never occur in a form's state.
 * The root row of a call from JavaScript (`argumentList`) is the list of the action's arguments.
 */
function readableRow(
  text: string,
  { argumentList, hasRow }: { argumentList: boolean; hasRow: (id: number) => boolean },
) {
  const root = parsed(text);
  if (root === undefined || (argumentList && !Array.isArray(root))) return false;
  const pending: [unknown, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (depth > maxNesting) return false;
    if (typeof value === "string" && value.startsWith("$")) {
      const reference = /^\$@([0-9a-f]+)$/.exec(value);
      if (reference ? !hasRow(parseInt(reference[1]!, 16)) : !/^\$[$DKuIN-]/.test(value)) return false;
    } else if (typeof value === "object" && value !== null) {
      for (const child of Object.values(value)) pending.push([child, depth + 1]);
    }
  }
  return true;
}
