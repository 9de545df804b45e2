import "server-only";
import type { z } from "zod";
import type { StaffRole } from "@ig/domain";
import type { StaffUser } from "@ig/db";
import { getStaffUser } from "./session";

export type StaffActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: 400; errors: Record<string, string> }
  | { ok: false; status: 401 | 403 | 404 | 409; message: string; current?: unknown };

/** Thrown by a staff action's `run` to answer with a status (404, 409 with the current record …). */
export class StaffActionError extends Error {
  constructor(
    readonly status: 403 | 404 | 409,
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

const rank: Record<StaffRole, number> = { viewer: 0, editor: 1, admin: 2 };

/**
 * The one wrapper every staff write goes through (server actions and route handlers alike):
 * resolve the signed-in user (401), check the role (403), parse the input with the shared zod
 * schema (400, nothing written), check the area of the record concerned (403), then run the
 * write, which stores the change and its audit entry in one transaction. Admins may act on every
 * area; editors only on the areas assigned to them; viewers change nothing.
 */
export function staffAction<S extends z.ZodType, T>({
  role,
  schema,
  areaOf,
  run,
}: {
  role: Exclude<StaffRole, "viewer">;
  schema: S;
  /**
   * The area slug the action touches (looked up from the input, e.g. the park's area); null:
   * none. A list (policies and news items link to several areas): an editor must edit EVERY
   * one of them, and a record of no area at all is for admins only.
   */
  areaOf?: (input: z.infer<S>) => Promise<string | string[] | null>;
  run: (ctx: { user: StaffUser; input: z.infer<S> }) => Promise<T>;
}) {
  return async (raw: unknown): Promise<StaffActionResult<T>> => {
    const user = await getStaffUser();
    if (!user) return { ok: false, status: 401, message: "Sign in first." };
    if (rank[user.role] < rank[role])
      return { ok: false, status: 403, message: "Your role does not allow this." };
    const parsed = await schema.safeParseAsync(raw); // async: an upload's schema decodes the image
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join(".") || "_"] ??= issue.message;
      return { ok: false, status: 400, errors };
    }
    try {
      if (areaOf && user.role !== "admin") {
        const area = await areaOf(parsed.data);
        const areas = Array.isArray(area) ? area : [area];
        const mine = (slug: string | null) => slug === null || user.areas.some((a) => a.slug === slug);
        if (area === undefined || areas.length === 0 || !areas.every(mine)) {
          return { ok: false, status: 403, message: "This record belongs to a new area you do not edit." };
        }
      }
      return { ok: true, data: await run({ user, input: parsed.data }) };
    } catch (error) {
      if (error instanceof StaffActionError)
        return { ok: false, status: error.status, message: error.message, current: error.current };
      throw error;
    }
  };
}
