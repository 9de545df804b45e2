import "server-only";
import { ContentConflictError, ContentLinkError, ContentNotFoundError, SelfLockoutError } from "@ig/db";
import { StaffActionError } from "./staff-action";

/** Runs a data-layer write, turning its refusals into the statuses staffAction answers with. */
export async function asStaffAction<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ContentConflictError) throw new StaffActionError(409, error.message, error.current);
    if (error instanceof ContentNotFoundError) throw new StaffActionError(404, error.message);
    if (error instanceof SelfLockoutError) throw new StaffActionError(403, error.message);
    if (error instanceof ContentLinkError) throw new StaffActionError(400, error.message, error.field);
    throw error;
  }
}
