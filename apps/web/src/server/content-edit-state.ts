import type { StaffActionResult } from "./staff-action";

/**
 * What an edit form's submit asks for. A draft record saves directly ("save", "publish"); a
 * published record keeps its changes in a draft revision ("draft") until "publish" applies them or
 * "discard" drops them; "unpublish" turns it back into a draft record with the form's values.
 */
export const editIntents = ["save", "draft", "publish", "unpublish", "discard"] as const;
export type EditIntent = (typeof editIntents)[number];

/**
 * What a staff edit form shows after a submit. On a conflict it carries both the record as the
 * other person left it and the values this editor submitted, so neither is lost.
 */
export type EditState<R> =
  | { kind: "idle" }
  | { kind: "saved"; intent: EditIntent }
  | { kind: "invalid"; fields: string[]; values: Record<string, unknown> }
  | { kind: "conflict"; current: R; values: Record<string, unknown> }
  | { kind: "refused"; status: 401 | 403 | 404 };

/** Maps a staff action's answer onto the form state. */
export function editStateOf<R>(
  result: StaffActionResult<unknown>,
  intent: EditIntent,
  values: Record<string, unknown>,
): EditState<R> {
  if (result.ok) return { kind: "saved", intent };
  if (result.status === 400) {
    const fields = Object.keys(result.errors).map((path) => path.replace(/^edit\./, ""));
    return { kind: "invalid", fields, values };
  }
  if (result.status === 409) return { kind: "conflict", current: result.current as R, values };
  return { kind: "refused", status: result.status };
}
