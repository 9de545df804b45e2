import "server-only";
import type { z } from "zod";
import { canEditAreas, hasRole, type StaffRole } from "@ig/domain";
import type { StaffUser } from "@ig/db";
import { FormInputError } from "@/lib/form-object";
import { getStaffUser } from "./session";

export type StaffActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: 400; errors: Record<string, string> }
  | { ok: false; status: 401 | 403 | 404 | 409; message: string; current?: unknown };

/**
 * Thrown by a staff action's `run` to answer with a status (404, 409 with the current record …;
 * 400 names the refused field in `current`, e.g. a link to a park of another area).
 */
export class StaffActionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** Thrown by a request reader when the body cannot be read as input at all (not JSON, too large …): 400. */
export class StaffInputError extends Error {}

/**
 * The one wrapper every staff write goes through (server actions and route handlers alike), in
 * this order: resolve the signed-in user (401) and check the role (403) BEFORE anything of the
 * request is read; then call `read` for the raw input (a form turned into an object, a JSON body;
 * a forged form key or an unreadable body is a 400); parse it with the shared zod schema (400,
 * nothing written); check the areas of the record concerned with the staff policy (403); then run
 * the write, which stores the change and its audit entry in one transaction.
 */
export function staffAction<S extends z.ZodType, T>({
  role,
  schema,
  areaOf,
  mayAct = canEditAreas,
  ownAccountOnly = false,
  run,
}: {
  /**
   * Writes to content need "editor". "viewer" only (a) together with `areaOf` and a `mayAct` that
   * admits viewers (they stage something for themselves, such as a preview), or (b) with
   * `ownAccountOnly` for a staff member's own settings (their language), which touch no record.
   */
  role: StaffRole;
  schema: S;
  /**
   * The area slugs of the record the action touches (looked up from the input, e.g. the park's
   * area), for canEditAreas: an editor must edit EVERY one of them, and a record of no area at
   * all is for admins only. null: no such record, so `run` answers 404 itself.
   */
  areaOf?: (input: z.infer<S>, user: StaffUser) => Promise<readonly string[] | null>;
  /**
   * The staff policy rule for those areas: canEditAreas (change the record) unless the action only
   * stages something for its author to look at, such as a preview (canPreviewAreas).
   */
  mayAct?: (user: StaffUser, areas: readonly string[]) => boolean;
  /** The action changes only the signed-in staff member's own account (no record, no areas). */
  ownAccountOnly?: boolean;
  run: (ctx: { user: StaffUser; input: z.infer<S> }) => Promise<T>;
}) {
  if (role === "viewer" && !areaOf && !ownAccountOnly)
    throw new Error(
      "A staff action open to viewers must check the record's areas or touch only their own account.",
    );
  return async (read: () => unknown): Promise<StaffActionResult<T>> => {
    const user = await getStaffUser();
    if (!user) return { ok: false, status: 401, message: "Sign in first." };
    if (!hasRole(user, role)) return { ok: false, status: 403, message: "Your role does not allow this." };
    let raw: unknown;
    try {
      raw = await read();
    } catch (error) {
      if (error instanceof FormInputError || error instanceof StaffInputError)
        return { ok: false, status: 400, errors: { _: error.message } };
      throw error;
    }
    const parsed = await schema.safeParseAsync(raw); // async: an upload's schema decodes the image
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join(".") || "_"] ??= issue.message;
      return { ok: false, status: 400, errors };
    }
    try {
      const areas = areaOf ? await areaOf(parsed.data, user) : null;
      if (areas !== null && !mayAct(user, areas)) {
        return { ok: false, status: 403, message: "This record belongs to a new area you do not edit." };
      }
      return { ok: true, data: await run({ user, input: parsed.data }) };
    } catch (error) {
      if (error instanceof StaffActionError) {
        const { status, message, current } = error;
        if (status === 400) return { ok: false, status, errors: { [String(current ?? "_")]: message } };
        return { ok: false, status, message, current };
      }
      throw error;
    }
  };
}
